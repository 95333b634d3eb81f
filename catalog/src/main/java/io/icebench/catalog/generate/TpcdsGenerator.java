package io.icebench.catalog.generate;

import io.icebench.catalog.IcebergCatalog;
import io.icebench.core.config.ConfigException;
import io.icebench.core.config.Defaults;
import io.trino.tpcds.Table;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.iceberg.catalog.Namespace;
import org.apache.iceberg.catalog.TableIdentifier;
import org.apache.iceberg.data.GenericRecord;

/**
 * TPC-DS at a scale factor (io.trino.tpcds, a port of dsdgen) as Iceberg tables: the 24 tables with the
 * specification's types (identifiers BIGINT, money DECIMAL(7,2), dates DATE, texts STRING). Deterministic:
 * the same scale gives the same rows, however many parts write them.
 */
public final class TpcdsGenerator implements TableGenerator {

    public static final String SCALE_PROPERTY = "icebench.tpcds.scale";

    private final IcebergCatalog catalog;
    private final int threads;
    private final GeneratedTableSet writing = new GeneratedTableSet();

    public TpcdsGenerator(IcebergCatalog catalog, int threads) {
        this.catalog = catalog;
        this.threads = threads;
    }

    @Override
    public List<TableOutcome> generate(
            double scale, String namespace, TableLayout layout, boolean replace, GenerationProgress progress) {
        if (!(scale > 0) || scale > 100_000) {
            throw new ConfigException("--scale must be a positive number such as 0.01, 0.1 or 1");
        }
        GeneratedTables.ensureNamespace(catalog, namespace);
        Map<String, TableOutcome> outcomes = new LinkedHashMap<>();
        List<Table> toWrite = new ArrayList<>();
        long expected = 0;
        for (Table table : TpcdsTables.TABLES) {
            TableIdentifier id = TableIdentifier.of(Namespace.of(namespace), table.getName());
            layout.spec(table.getName(), TpcdsTables.schema(table));
            var existing = GeneratedTables.keepOrDrop(catalog, id, identity(scale, layout, table), replace);
            if (existing != null) {
                outcomes.put(table.getName(), TpchGenerator.kept(existing));
            } else {
                toWrite.add(table);
                expected += TpcdsTables.estimatedRows(table, scale);
            }
        }
        toWrite.sort(Comparator.comparingLong(table -> writeOrder(table, scale)));
        List<GeneratedTableSet.Planned> planned = new ArrayList<>();
        for (Table table : toWrite) {
            planned.add(new GeneratedTableSet.Planned(
                    TableIdentifier.of(Namespace.of(namespace), table.getName()),
                    TpcdsTables.schema(table),
                    identity(scale, layout, table),
                    parts(table, scale, layout.parts())));
        }
        progress.started(expected);
        outcomes.putAll(writing.write(catalog.iceberg(), planned, layout, threads, progress));
        List<TableOutcome> ordered = new ArrayList<>();
        for (Table table : TpcdsTables.TABLES) {
            ordered.add(outcomes.get(table.getName()));
        }
        return ordered;
    }

    @Override
    public int abort() {
        return writing.abort();
    }

    private static Map<String, String> identity(double scale, TableLayout layout, Table table) {
        Map<String, String> identity = new LinkedHashMap<>(layout.identity(table.getName()));
        identity.put(GeneratedTables.GENERATOR_PROPERTY, "tpcds");
        identity.put(SCALE_PROPERTY, Double.toString(scale));
        return identity;
    }

    /** Small tables first (their commits overlap the rest), then the largest first. */
    private static long writeOrder(Table table, double scale) {
        long rows = TpcdsTables.estimatedRows(table, scale);
        return rows < 100_000 ? -Long.MAX_VALUE + rows : -rows;
    }

    /** Parts over ranges of the generator's units; the rows of a range do not depend on the other ranges. */
    private List<TablePart> parts(Table table, double scale, Integer wanted) {
        long units = TpcdsTables.units(table, scale);
        long rows = TpcdsTables.estimatedRows(table, scale);
        long count = wanted != null
                ? wanted
                : Math.max(rows >= 100_000 ? threads : 1, (long) Math.ceil((double) rows / Defaults.ROWS_PER_FILE));
        count = Math.max(1, Math.min(count, units));
        List<TablePart> parts = new ArrayList<>();
        for (long part = 0; part < count; part++) {
            long first = units * part / count + 1;
            long last = units * (part + 1) / count;
            parts.add(TablePart.ofRecords((record, sink) -> write(table, scale, first, last, record, sink)));
        }
        return parts;
    }

    private static void write(
            Table table, double scale, long first, long last, GenericRecord record, PartWriter.RowSink sink) {
        TpcdsTables.RecordFiller filler = new TpcdsTables.RecordFiller(table);
        for (List<List<String>> rows : TpcdsTables.rows(table, scale, first, last)) {
            // the first list is the table's own row (a parent's generator may add its child's after it)
            filler.fill(record, rows.get(0));
            sink.accept(record);
        }
    }
}
