package io.icebench.engines.spark;

import io.icebench.core.config.CatalogConnection;
import io.icebench.core.model.ErrorKind;
import io.icebench.core.model.TableSnapshot;
import io.icebench.core.protocol.Message;
import io.icebench.worker.Engine;
import io.icebench.worker.Errors;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.iceberg.IcebergBuild;
import org.apache.spark.package$;
import org.apache.spark.sql.AnalysisException;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import scala.util.Properties;

/**
 * Spark SQL with Iceberg's own Spark catalog on the run's catalog (Hive Metastore or REST, files local or on S3). The
 * catalog is named like icebench's catalog and is Spark's default (so the worker's name mapping leaves the SQL as it
 * is), so {@code warehouse.tpch.lineitem}, {@code tpch.lineitem} and (after
 * {@code USE}) {@code lineitem} all resolve; each table is pinned to the snapshot the coordinator resolved.
 * Results are pulled to the driver partition by partition, never whole ({@code fetch=collect} pulls them at once;
 * on TPC-H SF 0.1 both take the same time).
 */
public final class SparkEngine implements Engine {

    static final String DEFAULT_MASTER = "local[*]";
    private static final String METASTORE_UNREACHABLE = "Failed to connect to Hive Metastore";
    private static final String CONF_PREFIX = "conf.";
    private SparkSession spark;
    private String catalog;
    private String defaultNamespace;
    private CatalogConnection connection;
    private boolean collect;
    private volatile Dataset<Row> lastResult;

    @Override
    public String name() {
        return "spark";
    }

    @Override
    public void open(Message.Open session) {
        catalog = session.catalog();
        defaultNamespace = session.defaultNamespace();
        connection = session.connection();
        Map<String, String> options = session.options();
        String master = options.getOrDefault("master", DEFAULT_MASTER);
        String prefix = "spark.sql.catalog." + catalog;
        SparkSession.Builder builder = SparkSession.builder()
                .appName("icebench")
                .master(master)
                .config("spark.ui.enabled", "false")
                .config("spark.ui.showConsoleProgress", "false")
                .config("spark.sql.datetime.java8API.enabled", "true")
                .config("spark.sql.session.timeZone", "UTC")
                .config(prefix, PinnedSparkCatalog.class.getName())
                .config("spark.sql.defaultCatalog", catalog);
        // the catalog's properties as Iceberg names them: type, uri, warehouse, io-impl, s3.*, token...
        connection.icebergProperties().forEach((key, value) -> builder.config(prefix + "." + key, value));
        for (Map.Entry<String, String> option : options.entrySet()) {
            if (option.getKey().startsWith(CONF_PREFIX)) {
                builder.config(option.getKey().substring(CONF_PREFIX.length()), option.getValue());
            } else if (option.getKey().equals("fetch")) {
                if (!option.getValue().matches("iterator|collect")) {
                    throw new IllegalArgumentException("spark option fetch='" + option.getValue()
                            + "' must be iterator (partition by partition, the default) or collect (all rows at once)");
                }
                collect = option.getValue().equals("collect");
            } else if (!option.getKey().equals("master")) {
                throw new IllegalArgumentException("unknown Spark engine option '" + option.getKey()
                        + "'; use master, heap, fetch or conf.<spark setting>");
            }
        }
        spark = builder.getOrCreate();
    }

    @Override
    public void register(TableSnapshot table) {
        if (table.snapshotId() >= 0) {
            PinnedSparkCatalog.pin(table.namespace(), table.name(), table.snapshotId());
        }
        // loading the table through the metastore is set-up, not query time
        spark.table(quoted(catalog, table.namespace(), table.name())).schema();
        if (table.namespace().equals(defaultNamespace)) {
            spark.sql("USE " + quoted(catalog, defaultNamespace));
        }
    }

    @Override
    public void execute(String sql, RowConsumer rows) {
        Dataset<Row> result = spark.sql(sql);
        lastResult = result;
        rows.columns(Arrays.asList(result.columns()));
        Iterator<Row> iterator = collect ? result.collectAsList().iterator() : result.toLocalIterator();
        while (iterator.hasNext()) {
            Row row = iterator.next();
            Object[] values = new Object[row.length()];
            for (int i = 0; i < values.length; i++) {
                Object value = row.get(i);
                values[i] = value instanceof Instant instant ? instant.atOffset(ZoneOffset.UTC) : value;
            }
            rows.row(values);
        }
    }

    /** The last statement's result, run to its last row by {@link #execute}: its executed plan is final. */
    public Dataset<Row> lastResult() {
        return lastResult;
    }

    /** A SparkSession runs jobs from several threads at once: every client shares it. */
    @Override
    public Engine forConcurrentClient() {
        return this;
    }

    @Override
    public ErrorKind classify(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof AnalysisException) {
                return ErrorKind.SQL_ERROR;
            }
            String text = String.valueOf(t.getMessage());
            if (text.contains(METASTORE_UNREACHABLE) || text.contains("Unable to execute HTTP request")) {
                return ErrorKind.CONNECTION;
            }
            if (text.contains("SignatureDoesNotMatch")
                    || text.contains("InvalidAccessKeyId")
                    || text.contains("Status Code: 403")) {
                return ErrorKind.AUTH;
            }
            if (text.contains("NotFoundException: File does not exist")
                    || text.contains("java.io.FileNotFoundException")) {
                return ErrorKind.IO; // a task's failure comes back as text inside a SparkException
            }
            String type = t.getClass().getSimpleName();
            if (type.equals("SparkOutOfMemoryError") || t instanceof OutOfMemoryError) {
                return ErrorKind.OOM;
            }
        }
        return Engine.super.classify(error);
    }

    /** Spark's messages carry the plan or the SQL with a caret after the first line: keep the first line. */
    @Override
    public String message(Throwable error) {
        Throwable shown = error;
        while (shown.getCause() != null
                && !(shown instanceof AnalysisException)
                && (shown.getMessage() == null || shown.getMessage().isBlank())) {
            shown = shown.getCause();
        }
        String message =
                shown instanceof AnalysisException analysis ? analysis.getSimpleMessage() : Errors.message(shown);
        if (message.contains(METASTORE_UNREACHABLE)) {
            return "cannot reach the metastore at " + connection.uri() + " (" + METASTORE_UNREACHABLE + ")";
        }
        return message.lines()
                .map(String::strip)
                .filter(line -> !line.isEmpty())
                .findFirst()
                .orElse(message);
    }

    @Override
    public String version() {
        String spark = package$.MODULE$.SPARK_VERSION();
        return spark + " (Scala " + Properties.versionNumberString() + ", Iceberg " + IcebergBuild.version() + ")";
    }

    @Override
    public void close() {
        if (spark != null) {
            spark.stop();
        }
    }

    private static String quoted(String... parts) {
        return String.join(
                ".",
                List.of(parts).stream()
                        .map(p -> "`" + p.replace("`", "``") + "`")
                        .toList());
    }
}
