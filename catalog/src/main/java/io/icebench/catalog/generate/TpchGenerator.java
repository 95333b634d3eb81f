package io.icebench.catalog.generate;

import io.icebench.catalog.IcebergCatalog;
import io.icebench.catalog.generate.tpch.DbgenTextPool;
import io.icebench.catalog.generate.tpch.TpchRow;
import io.icebench.catalog.generate.tpch.TpchRowSource;
import io.icebench.core.config.Defaults;
import io.trino.tpch.TpchColumn;
import io.trino.tpch.TpchEntity;
import io.trino.tpch.TpchTable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.iceberg.Schema;
import org.apache.iceberg.Table;
import org.apache.iceberg.catalog.Namespace;
import org.apache.iceberg.catalog.TableIdentifier;
import org.apache.iceberg.types.Type;
import org.apache.iceberg.types.Types;

/**
 * TPC-H at any scale factor (dbgen's rows, {@link TpchRowSource}; io.trino.tpch's table definitions) as Iceberg
 * tables: money as DECIMAL(15,2), dates as DATE, keys as BIGINT. Deterministic: the same scale gives the same rows.
 */
public final class TpchGenerator implements TableGenerator {

    public static final String SCALE_PROPERTY = "icebench.tpch.scale";
    /** Below it there is no supplier, and a line item's supplier cannot be worked out. */
    private static final double SMALLEST_SCALE = 0.0001;
    /** Rows at scale factor 1 (lineitem approximate), used to split tables into parts and for progress. */
    private static final Map<String, Long> ROWS_AT_SF1 = Map.of(
            "region",
            5L,
            "nation",
            25L,
            "supplier",
            10_000L,
            "customer",
            150_000L,
            "part",
            200_000L,
            "partsupp",
            800_000L,
            "orders",
            1_500_000L,
            "lineitem",
            6_001_215L);

    private final IcebergCatalog catalog;
    private final int threads;
    private final GeneratedTableSet writing = new GeneratedTableSet();

    public TpchGenerator(IcebergCatalog catalog, int threads) {
        this.catalog = catalog;
        this.threads = threads;
    }

    public static long expectedRows(String table, double scale) {
        long base = ROWS_AT_SF1.get(table);
        return base <= 25 ? base : (long) Math.ceil(base * scale);
    }

    public List<TableOutcome> generate(double scale, String namespace, boolean replace, GenerationProgress progress) {
        return generate(scale, namespace, TableLayout.DEFAULT, replace, progress);
    }

    @Override
    public List<TableOutcome> generate(
            double scale, String namespace, TableLayout layout, boolean replace, GenerationProgress progress) {
        if (!(scale >= SMALLEST_SCALE) || scale > 100_000) {
            throw new io.icebench.core.config.ConfigException(
                    "--scale must be a number from 0.0001 (TPC-H's smallest: one supplier) to 100000, such as 0.01, 0.1 or 1");
        }
        GeneratedTables.ensureNamespace(catalog, namespace);
        Map<String, TableOutcome> outcomes = new LinkedHashMap<>();
        long expected = 0;
        List<TpchTable<?>> toWrite = new ArrayList<>();
        for (TpchTable<?> tpch : TpchTable.getTables()) {
            TableIdentifier id = TableIdentifier.of(Namespace.of(namespace), tpch.getTableName());
            layout.spec(tpch.getTableName(), schema(tpch));
            Table existing = GeneratedTables.keepOrDrop(catalog, id, identity(scale, layout, tpch), replace);
            if (existing != null) {
                outcomes.put(tpch.getTableName(), kept(existing));
            } else {
                if (toWrite.isEmpty()) {
                    BenchmarkData.TPCH.prepareAsync(); // made while the catalog is busy, if not made yet
                }
                toWrite.add(tpch);
                expected += expectedRows(tpch.getTableName(), scale);
            }
        }
        toWrite.sort(Comparator.comparingLong(tpch -> writeOrder(tpch.getTableName(), scale)));
        progress.started(expected);
        List<GeneratedTableSet.Planned> planned = new ArrayList<>();
        for (TpchTable<?> tpch : toWrite) {
            planned.add(new GeneratedTableSet.Planned(
                    TableIdentifier.of(Namespace.of(namespace), tpch.getTableName()),
                    schema(tpch),
                    identity(scale, layout, tpch),
                    parts(tpch, scale, layout.parts())));
        }
        outcomes.putAll(writing.write(catalog.iceberg(), planned, layout, threads, progress));
        List<TableOutcome> ordered = new ArrayList<>();
        for (TpchTable<?> tpch : TpchTable.getTables()) {
            ordered.add(outcomes.get(tpch.getTableName()));
        }
        return ordered;
    }

    /**
     * Stops a generation under way (Ctrl-C): the files of tables not yet committed are deleted (a committed
     * table's files are its own and stay); how many.
     */
    @Override
    public int abort() {
        return writing.abort();
    }

    static TableOutcome kept(Table table) {
        long rows = Long.parseLong(table.currentSnapshot().summary().getOrDefault("total-records", "0"));
        long bytes = Long.parseLong(table.currentSnapshot().summary().getOrDefault("total-files-size", "0"));
        int files = Integer.parseInt(table.currentSnapshot().summary().getOrDefault("total-data-files", "0"));
        return new TableOutcome(
                table.name(), true, rows, bytes, files, table.currentSnapshot().snapshotId());
    }

    private static Map<String, String> identity(double scale, TableLayout layout, TpchTable<?> tpch) {
        Map<String, String> identity = new LinkedHashMap<>(layout.identity(tpch.getTableName()));
        identity.put(GeneratedTables.GENERATOR_PROPERTY, "tpch");
        identity.put(SCALE_PROPERTY, Double.toString(scale));
        return identity;
    }

    /**
     * Tables are written in this order: the single-file ones first (milliseconds; their commits then overlap the
     * rest), then the largest first, so that the last parts in the pool are small ones.
     */
    private long writeOrder(String table, double scale) {
        long rows = expectedRows(table, scale);
        return rows < 100_000 ? -Long.MAX_VALUE + rows : -rows;
    }

    /**
     * The parts a table is written in ({@code wanted}, a layout's count, or null): about one per million rows, at least
     * one per thread for tables over 100,000 rows.
     */
    public static int partCount(String table, double scale, int threads, Integer wanted) {
        long rows = expectedRows(table, scale);
        return rows <= 25
                ? 1
                : wanted != null
                        ? (int) Math.min(wanted, rows)
                        : (int) Math.max(
                                rows >= 100_000 ? threads : 1, Math.ceil((double) rows / Defaults.ROWS_PER_FILE));
    }

    private List<TablePart> parts(TpchTable<?> tpch, double scale, Integer wanted) {
        int count = partCount(tpch.getTableName(), scale, threads, wanted);
        List<TablePart> parts = new ArrayList<>();
        for (int part = 1; part <= count; part++) {
            int partNumber = part;
            int partCount = count;
            parts.add((table, ledger, progress) -> {
                long unreported = 0;
                TpchRowSource rows =
                        TpchRowSource.open(tpch.getTableName(), scale, partNumber, partCount, DbgenTextPool.standard());
                TpchRow row = new TpchRow(tpch.getColumns().size());
                try (PartitionedFiles<TpchRow> files = TpchFiles.open(table, tpch, ledger)) {
                    while (rows.next(row)) {
                        files.write(row);
                        if (++unreported == TablePart.PROGRESS_EVERY) {
                            TablePart.stopIfInterrupted();
                            progress.rowsWritten(unreported);
                            unreported = 0;
                        }
                    }
                    progress.rowsWritten(unreported);
                    return files.finish();
                }
            });
        }
        return parts;
    }

    public static <E extends TpchEntity> Schema schema(TpchTable<E> tpch) {
        List<Types.NestedField> fields = new ArrayList<>();
        int id = 1;
        for (TpchColumn<E> column : tpch.getColumns()) {
            fields.add(Types.NestedField.required(id++, column.getColumnName(), type(column)));
        }
        return new Schema(fields);
    }

    private static Type type(TpchColumn<?> column) {
        return switch (column.getType().getBase()) {
            case IDENTIFIER -> Types.LongType.get();
            case INTEGER -> Types.IntegerType.get();
            case DATE -> Types.DateType.get();
            case DOUBLE -> Types.DecimalType.of(15, 2);
            case VARCHAR -> Types.StringType.get();
        };
    }
}
