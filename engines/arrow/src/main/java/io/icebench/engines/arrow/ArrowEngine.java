package io.icebench.engines.arrow;

import io.icebench.core.config.ObjectStorage;
import io.icebench.core.model.ErrorKind;
import io.icebench.core.model.TableSnapshot;
import io.icebench.core.protocol.Message;
import io.icebench.worker.Engine;
import io.icebench.worker.EngineOptions;
import io.icebench.worker.Errors;
import io.substrait.isthmus.SqlToSubstrait;
import io.substrait.isthmus.sql.SubstraitCreateStatementParser;
import io.substrait.proto.Plan;
import io.substrait.proto.ReadRel;
import io.substrait.proto.RelCommon;
import java.nio.ByteBuffer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
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
 * {@link AceroSql}, {@link SubstraitPlanner}, {@link PlanRewrites} and {@link PlanStages} for the rewrites that
 * keep the meaning; what Acero cannot run
 * comes back as {@code unsupported} with its reason, and a native crash ends the worker (a {@code crash}).
 */
public final class ArrowEngine implements Engine {

    private static final int BATCH_ROWS = 32_768;
    /** An error of a stage's result crossing Arrow's C data interface: its message is inside. */
    private static final Pattern CDATA_ERROR = Pattern.compile(
            "(?:java\\.io\\.IOException: )?\\[errno \\d+\\] CDataJniException\\{errno=\\d+, message=(.*)}");

    private final Map<String, TableSnapshot> tables = new LinkedHashMap<>();
    private final SubstraitPlanner planner = new SubstraitPlanner();
    private BufferAllocator allocator;
    private Prepare.CatalogReader catalogReader;
    /** Whether plans are cut into stages (see {@link PlanStages}); off, Acero runs isthmus' plan as it is. */
    private boolean staged;

    private ObjectStorage storage;

    @Override
    public String name() {
        return "arrow";
    }

    @Override
    public void open(Message.Open session) {
        EngineOptions.requireKnown("Arrow", session.options(), List.of("stages"));
        String stages = session.options().getOrDefault("stages", "true");
        if (!stages.matches("true|false")) {
            throw new IllegalArgumentException("Arrow option stages='" + stages + "' must be true or false");
        }
        staged = stages.equals("true");
        storage = session.connection() == null ? null : session.connection().storage();
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
        Plan plan = ScanColumns.prune(PlanRewrites.nestBooleans(planner.plan(AceroSql.rewrite(sql), catalogReader)));
        List<AutoCloseable> open = new ArrayList<>();
        Map<String, ArrowReader> stages = new LinkedHashMap<>();
        try {
            Plan last = !staged
                    ? plan
                    : PlanStages.split(plan, stage -> {
                        ArrowReader result = run(stage, stages, open);
                        open.add(result);
                        String name = "ICEBENCH_STAGE_" + (stages.size() + 1);
                        stages.put(name, result);
                        return ReadRel.newBuilder()
                                .setCommon(RelCommon.newBuilder().setDirect(RelCommon.Direct.getDefaultInstance()))
                                .setBaseSchema(SubstraitSchemas.of(
                                        result.getVectorSchemaRoot().getSchema()))
                                .setNamedTable(ReadRel.NamedTable.newBuilder().addNames(name))
                                .build();
                    });
            try (ArrowReader result = run(last, stages, open)) {
                consume(result, sql, rows);
            }
        } finally {
            for (int i = open.size() - 1; i >= 0; i--) {
                open.get(i).close();
            }
        }
    }

    /** Runs a plan over fresh scans of the tables it reads (a scan is read once) and the earlier stages' results. */
    private ArrowReader run(Plan plan, Map<String, ArrowReader> stages, List<AutoCloseable> open) throws Exception {
        Map<String, ArrowReader> readers = new LinkedHashMap<>();
        for (String name : PlanRewrites.namedTables(plan)) {
            ArrowReader stage = stages.get(name);
            readers.put(
                    name,
                    stage != null
                            ? stage
                            : scan(
                                    tables.get(ScanColumns.table(name).toLowerCase(Locale.ROOT)),
                                    ScanColumns.columns(name),
                                    open));
            // the consumer closes the readers it is given; a stage's reader must not be closed twice
            open.remove(stage);
        }
        byte[] bytes = plan.toByteArray();
        ByteBuffer buffer = ByteBuffer.allocateDirect(bytes.length).put(bytes).flip();
        try {
            return new AceroSubstraitConsumer(allocator).runQuery(buffer, readers);
        } catch (RuntimeException e) {
            throw new UnsupportedPlanException("Acero cannot run this plan: " + Errors.message(e), e);
        }
    }

    private ArrowReader scan(TableSnapshot table, int[] columns, List<AutoCloseable> open) {
        String[] uris = table.dataFiles().stream()
                .map(f -> ArrowFileUris.of(f.path(), storage))
                .toArray(String[]::new);
        FileSystemDatasetFactory factory =
                new FileSystemDatasetFactory(allocator, NativeMemoryPool.getDefault(), FileFormat.PARQUET, uris);
        open.add(factory);
        Dataset dataset = factory.finish();
        open.add(dataset);
        Scanner scanner = dataset.newScan(new ScanOptions(
                BATCH_ROWS,
                Optional.ofNullable(columns)
                        .map(c -> Arrays.stream(c)
                                .mapToObj(i -> table.columns().get(i).name())
                                .toArray(String[]::new))));
        open.add(scanner);
        ArrowReader reader = scanner.scanBatches();
        open.add(reader);
        return reader;
    }

    private static void consume(ArrowReader result, String sql, RowConsumer rows) throws Exception {
        boolean named = false;
        while (result.loadNextBatch()) {
            VectorSchemaRoot root = result.getVectorSchemaRoot();
            List<FieldVector> vectors = root.getFieldVectors();
            if (!named) {
                rows.columns(vectors.stream()
                        .map(v -> AceroSql.spelling(v.getName(), sql))
                        .toList());
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
                    .map(v -> AceroSql.spelling(v.getName(), sql))
                    .toList());
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
        if (message.contains("NotImplemented")
                || message.contains("has no kernel matching")
                || isthmusFrame(error) != null) {
            return ErrorKind.UNSUPPORTED;
        }
        for (Throwable t = error; t != null; t = t.getCause()) {
            String type = t.getClass().getName();
            if (type.startsWith("org.apache.calcite")
                    || type.contains("SqlParseException")
                    || type.contains("CalciteContextException")) {
                return ErrorKind.SQL_ERROR;
            }
        }
        return Engine.super.classify(error);
    }

    @Override
    public String message(Throwable error) {
        String message = CDATA_ERROR.matcher(Errors.message(error)).replaceAll("$1");
        StackTraceElement isthmus = isthmusFrame(error);
        if (isthmus != null) {
            return "isthmus cannot turn this query's plan into Substrait ("
                    + isthmus.getClassName().replaceAll(".*\\.", "") + "." + isthmus.getMethodName() + ": " + message
                    + ")";
        }
        if (message.contains("from Substrait relation cross")) {
            return "Acero has no cross join, and no join order without one was found for this query";
        }
        if (message.contains("from Substrait expression subquery")) {
            return "Acero cannot evaluate subqueries in expressions (Substrait subquery expression)";
        }
        if (message.contains("precision out of range")) {
            return message.lines().findFirst().orElse(message) + " (a decimal result exceeds 38 digits)";
        }
        return message.lines()
                .map(String::strip)
                .filter(l -> !l.isEmpty())
                .findFirst()
                .orElse(message);
    }

    /** Where isthmus itself threw, when it did: it could not convert Calcite's plan (no error in the query). */
    private static StackTraceElement isthmusFrame(Throwable error) {
        StackTraceElement[] stack = error.getStackTrace();
        return stack.length > 0 && stack[0].getClassName().startsWith("io.substrait") ? stack[0] : null;
    }

    /** Acero's Substrait consumer refused the plan: a gap of Acero, not an error in the query. */
    private static final class UnsupportedPlanException extends UnsupportedOperationException {
        UnsupportedPlanException(String message, Throwable cause) {
            super(message, cause);
        }
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
