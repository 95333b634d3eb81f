package io.icebench.catalog.generate;

import io.icebench.catalog.IcebergCatalog;
import io.icebench.catalog.generate.tpch.DbgenTextPool;
import io.icebench.core.config.ConfigException;
import io.trino.tpch.TpchTable;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

/** The benchmark data sets icebench can generate, by the name a suite descriptor or a command gives. */
public enum BenchmarkData {
    TPCH("TPC-H", TpchGenerator.SCALE_PROPERTY),
    TPCDS("TPC-DS", TpcdsGenerator.SCALE_PROPERTY);

    private final String label;
    private final String scaleProperty;

    BenchmarkData(String label, String scaleProperty) {
        this.label = label;
        this.scaleProperty = scaleProperty;
    }

    /** {@code tpch}, {@code tpcds}: the generator's name and its default namespace. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** {@code TPC-H}, {@code TPC-DS}. */
    public String label() {
        return label;
    }

    /** The table property that records the scale factor a table was generated at. */
    public String scaleProperty() {
        return scaleProperty;
    }

    public List<String> tables() {
        return this == TPCH
                ? TpchTable.getTables().stream().map(TpchTable::getTableName).toList()
                : TpcdsTables.names();
    }

    /**
     * Starts making, on a daemon thread of its own, what every table of this data set needs and is slow to make
     * (TPC-H's 300 MB text pool, about 2 CPU-seconds, made once per process), so that it overlaps a metastore start or a catalog
     * connection; the generation waits for it in any case. Done when it is made.
     */
    public CompletableFuture<Void> prepareAsync() {
        return this == TPCH ? textPool() : CompletableFuture.completedFuture(null);
    }

    private static CompletableFuture<Void> textPool;

    private static synchronized CompletableFuture<Void> textPool() {
        if (textPool != null) {
            return textPool;
        }
        textPool = CompletableFuture.runAsync(DbgenTextPool::standard, task -> {
            Thread maker = new Thread(task, "icebench-tpch-text-pool");
            maker.setDaemon(true);
            maker.start();
        });
        return textPool;
    }

    public TableGenerator generator(IcebergCatalog catalog, int threads) {
        return this == TPCH ? new TpchGenerator(catalog, threads) : new TpcdsGenerator(catalog, threads);
    }

    public static BenchmarkData of(String id) {
        return Arrays.stream(values())
                .filter(data -> data.id().equalsIgnoreCase(id))
                .findFirst()
                .orElseThrow(() -> new ConfigException("unknown generator '" + id + "': use "
                        + Arrays.stream(values()).map(BenchmarkData::id).collect(Collectors.joining(" or "))));
    }
}
