package io.icebench.catalog.generate;

import io.icebench.catalog.IcebergCatalog;
import io.icebench.catalog.TableName;
import io.icebench.core.config.ConfigException;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.iceberg.Schema;
import org.apache.iceberg.Table;
import org.apache.iceberg.types.Types;

/**
 * The seed's {@code sample_table}: ids, categories, prices, quantities, timestamps and text, from a seed.
 * File {@code i} draws from its own generator seeded with {@code (seed, i)}, so the table is the same
 * whatever the number of threads.
 */
public final class SyntheticGenerator {

    public static final Schema SCHEMA = new Schema(
            Types.NestedField.required(1, "id", Types.LongType.get()),
            Types.NestedField.required(2, "category", Types.StringType.get()),
            Types.NestedField.required(3, "price", Types.DecimalType.of(10, 2)),
            Types.NestedField.required(4, "quantity", Types.IntegerType.get()),
            Types.NestedField.required(5, "created_at", Types.TimestampType.withoutZone()),
            Types.NestedField.optional(6, "description", Types.StringType.get()));

    private static final String[] CATEGORIES = {
        "electronics", "books", "clothing", "home", "garden", "toys", "sports", "food", "beauty", "auto"
    };
    private static final String[] WORDS = {
        "red", "blue", "large", "small", "classic", "new", "premium", "basic", "smart", "eco", "compact", "deluxe"
    };
    private static final LocalDateTime EPOCH = LocalDateTime.of(2024, 1, 1, 0, 0);
    private static final long SECONDS_IN_YEAR = 366L * 24 * 3600;

    private final IcebergCatalog catalog;
    private final int threads;

    public SyntheticGenerator(IcebergCatalog catalog, int threads) {
        this.catalog = catalog;
        this.threads = threads;
    }

    public TableOutcome generate(
            TableName name, long rows, long seed, int files, boolean replace, GenerationProgress progress) {
        if (rows < 0) {
            throw new ConfigException("--rows must be zero or more");
        }
        if (files < 1) {
            throw new ConfigException("--files must be at least 1");
        }
        GeneratedTables.ensureNamespace(catalog, name.namespace());
        Map<String, String> identity = Map.of(
                GeneratedTables.GENERATOR_PROPERTY,
                "synthetic",
                "icebench.synthetic.rows",
                Long.toString(rows),
                "icebench.synthetic.seed",
                Long.toString(seed),
                "icebench.synthetic.files",
                Integer.toString(files));
        Table existing = GeneratedTables.keepOrDrop(catalog, name.identifier(), identity, replace);
        if (existing != null) {
            return TpchGenerator.kept(existing);
        }
        progress.started(rows);
        List<PartWriter> parts = new ArrayList<>();
        for (int file = 0; file < files; file++) {
            long first = rows * file / files;
            long end = rows * (file + 1) / files;
            long fileSeed = seed * 1_000_003L + file;
            parts.add((record, sink) -> {
                SplittableRandom random = new SplittableRandom(fileSeed);
                for (long id = first; id < end; id++) {
                    record.set(0, id);
                    record.set(1, CATEGORIES[random.nextInt(CATEGORIES.length)]);
                    record.set(2, BigDecimal.valueOf(random.nextLong(100, 100_000), 2));
                    record.set(3, random.nextInt(1, 101));
                    record.set(4, EPOCH.plusSeconds(random.nextLong(SECONDS_IN_YEAR)));
                    record.set(
                            5,
                            random.nextInt(20) == 0
                                    ? null
                                    : WORDS[random.nextInt(WORDS.length)] + " " + WORDS[random.nextInt(WORDS.length)]
                                            + " item " + id);
                    sink.accept(record);
                }
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        IcebergTableWriter.PendingTable pending = new IcebergTableWriter(pool, progress)
                .start(
                        catalog.iceberg(),
                        name.identifier(),
                        SCHEMA,
                        TableLayout.DEFAULT,
                        identity,
                        parts.stream().map(TablePart::ofRecords).toList());
        try {
            return pending.commit();
        } catch (RuntimeException e) {
            pending.abort();
            throw e;
        } finally {
            pool.shutdownNow();
        }
    }
}
