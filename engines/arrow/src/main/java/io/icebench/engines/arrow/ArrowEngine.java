package io.icebench.engines.arrow;

import io.icebench.core.model.ErrorKind;
import io.icebench.core.model.TableSnapshot;
import io.icebench.core.protocol.Message;
import io.icebench.worker.Engine;
import io.icebench.worker.Errors;
import io.substrait.isthmus.SqlToSubstrait;
import io.substrait.isthmus.sql.SubstraitCreateStatementParser;
import io.substrait.plan.PlanProtoConverter;
import io.substrait.proto.Plan;
import java.nio.ByteBuffer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.arrow.dataset.file.FileFormat;
import org.apache.arrow.dataset.file.FileSystemDatasetFactory;
import org.apache.arrow.dataset.jni.NativeMemoryPool;
import org.apache.arrow.dataset.scanner.ScanOptions;
import org.apache.arrow.dataset.scanner.Scanner;
import org.apache.arrow.dataset.source.Dataset;
import org.apache.arrow.dataset.substrait.AceroSubstraitConsumer;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.DateDayVector;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.ipc.ArrowReader;
import org.apache.arrow.vector.util.Text;
import org.apache.calcite.prepare.Prepare;

/**
 * Apache Arrow's own query engine, Acero, in Java: SQL → Substrait (isthmus, on Calcite) → Acero through
 * arrow-dataset's JNI, over {@code FileSystemDataset}s of exactly the snapshot's Parquet files. See
 * {@link AceroSql} and {@link PlanRewrites} for the rewrites that keep the meaning; what Acero cannot run
 * comes back as {@code unsupported} with its reason, and a native crash ends the worker (a {@code crash}).
 */
public final class ArrowEngine implements Engine {

    private static final int BATCH_ROWS = 32_768;
    private final Map<String, TableSnapshot> tables = new LinkedHashMap<>();
    private BufferAllocator allocator;
    private String catalog;
    private Prepare.CatalogReader catalogReader;

    @Override
    public String name() {
        return "arrow";
    }

    @Override
    public void open(Message.Open session) {
        if (!session.options().isEmpty()) {
            throw new IllegalArgumentException("the Arrow engine takes no options (" + session.options().keySet() + ")");
        }
        catalog = session.catalog();
        allocator = new RootAllocator();
    }

    @Override
    public void register(TableSnapshot table) throws Exception {
        tables.put(table.name().toLowerCase(Locale.ROOT), table);
        List<String> ddl = tables.values().stream().map(AceroSql::createTable).toList();
        catalogReader = SubstraitCreateStatementParser.processCreateStatementsToCatalog(ddl);
    }

    @Override
    public void execute(String sql, RowConsumer rows) throws Exception {
        String rewritten = AceroSql.rewrite(sql, catalog, tables.values());
        Plan plan = PlanRewrites.nestBooleans(new PlanProtoConverter().toProto(
                new SqlToSubstrait().convert(rewritten, catalogReader)));
        byte[] bytes = plan.toByteArray();
        ByteBuffer buffer = ByteBuffer.allocateDirect(bytes.length).put(bytes).flip();
        List<AutoCloseable> open = new ArrayList<>();
        try {
            Map<String, ArrowReader> readers = new LinkedHashMap<>();
            for (TableSnapshot table : tables.values()) {
                if (!rewritten.toLowerCase(Locale.ROOT).matches("(?s).*\\b" + table.name().toLowerCase(Locale.ROOT) + "\\b.*")) {
                    continue;
                }
                String[] uris = table.dataFiles().stream().map(f -> "file://" + f.path()).toArray(String[]::new);
                FileSystemDatasetFactory factory = new FileSystemDatasetFactory(allocator, NativeMemoryPool.getDefault(),
                        FileFormat.PARQUET, uris);
                open.add(factory);
                Dataset dataset = factory.finish();
                open.add(dataset);
                Scanner scanner = dataset.newScan(new ScanOptions(BATCH_ROWS));
                open.add(scanner);
                ArrowReader reader = scanner.scanBatches();
                open.add(reader);
                readers.put(table.name().toUpperCase(Locale.ROOT), reader);
            }
            try (ArrowReader result = new AceroSubstraitConsumer(allocator).runQuery(buffer, readers)) {
                consume(result, sql, rows);
            }
        } finally {
            for (int i = open.size() - 1; i >= 0; i--) {
                open.get(i).close();
            }
        }
    }

    private static void consume(ArrowReader result, String sql, RowConsumer rows) throws Exception {
        boolean named = false;
        while (result.loadNextBatch()) {
            VectorSchemaRoot root = result.getVectorSchemaRoot();
            List<FieldVector> vectors = root.getFieldVectors();
            if (!named) {
                rows.columns(vectors.stream().map(v -> AceroSql.spelling(v.getName(), sql)).toList());
                named = true;
            }
            for (int r = 0; r < root.getRowCount(); r++) {
                Object[] values = new Object[vectors.size()];
                for (int c = 0; c < values.length; c++) {
                    values[c] = value(vectors.get(c), r);
                }
                rows.row(values);
            }
        }
        if (!named) {
            rows.columns(result.getVectorSchemaRoot().getFieldVectors().stream()
                    .map(v -> AceroSql.spelling(v.getName(), sql)).toList());
        }
    }

    /** Dates as dates (Acero gives day numbers), text as strings, decimals exact. */
    private static Object value(FieldVector vector, int row) {
        if (vector.isNull(row)) {
            return null;
        }
        if (vector instanceof DateDayVector days) {
            return LocalDate.ofEpochDay(days.get(row));
        }
        Object value = vector.getObject(row);
        return value instanceof Text text ? text.toString() : value;
    }

    @Override
    public ErrorKind classify(Throwable error) {
        String message = Errors.message(error);
        for (Throwable t = error; t != null; t = t.getCause()) {
            String type = t.getClass().getName();
            if (type.startsWith("org.apache.calcite") || type.contains("SqlParseException")
                    || type.contains("CalciteContextException")) {
                return ErrorKind.SQL_ERROR;
            }
        }
        if (message.contains("NotImplemented") || message.contains("No kernel matching") || message.contains("not supported")
                || message.contains("Unsupported") || message.contains("unsupported") || message.contains("conversion to arrow::")
                || message.contains("No conversion function exists") || message.contains("precision out of range")) {
            return ErrorKind.UNSUPPORTED;
        }
        return Engine.super.classify(error);
    }

    @Override
    public String message(Throwable error) {
        String message = Errors.message(error);
        if (message.contains("from Substrait relation cross")) {
            return "Acero has no cross join: the plan of this query's comma join (a Substrait cross relation under a "
                    + "filter) cannot run; it would need its join conditions pushed into joins";
        }
        if (message.contains("from Substrait expression subquery")) {
            return "Acero cannot evaluate subqueries in expressions (Substrait subquery expression)";
        }
        if (message.contains("precision out of range")) {
            return "Acero: " + message.lines().findFirst().orElse(message) + " (a decimal product or sum exceeds "
                    + "38 digits, e.g. TPC-H Q1's DECIMAL(15,2) arithmetic)";
        }
        return message.lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse(message);
    }

    @Override
    public String version() {
        return "Arrow " + RootAllocator.class.getPackage().getImplementationVersion() + " Acero (isthmus "
                + SqlToSubstrait.class.getPackage().getImplementationVersion() + ")";
    }

    @Override
    public void close() {
        if (allocator != null) {
            allocator.close();
        }
    }
}
