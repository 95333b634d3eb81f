package io.icebench.engines.flink;

import io.icebench.core.config.CatalogConnection;
import io.icebench.core.config.CatalogKind;
import io.icebench.core.model.ErrorKind;
import io.icebench.core.model.TableSnapshot;
import io.icebench.core.protocol.Message;
import io.icebench.worker.Engine;
import io.icebench.worker.Errors;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.flink.api.common.RuntimeExecutionMode;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.CoreOptions;
import org.apache.flink.configuration.ExecutionOptions;
import org.apache.flink.runtime.util.EnvironmentInformation;
import org.apache.flink.table.api.EnvironmentSettings;
import org.apache.flink.table.api.TableEnvironment;
import org.apache.flink.table.api.TableResult;
import org.apache.flink.table.api.config.TableConfigOptions;
import org.apache.flink.types.Row;
import org.apache.flink.util.CloseableIterator;
import org.apache.iceberg.IcebergBuild;
import org.apache.iceberg.flink.CatalogLoader;

/**
 * Flink SQL in batch mode, on a mini-cluster inside the worker, with Iceberg's Flink catalog on the run's catalog
 * (Hive Metastore or REST, files local or on S3), named like icebench's catalog and made the session's current one;
 * each table is pinned to the snapshot the coordinator resolved ({@link PinnedFlinkCatalog}). A query is timed from
 * its submission to the last row collected.
 */
public final class FlinkEngine implements Engine {

    private static final String CONF_PREFIX = "conf.";
    private LocalCluster cluster;
    private TableEnvironment flink;
    private PinnedFlinkCatalog catalog;
    private CatalogConnection connection;
    private String defaultNamespace;

    @Override
    public String name() {
        return "flink";
    }

    @Override
    public void open(Message.Open session) throws Exception {
        connection = session.connection();
        defaultNamespace = session.defaultNamespace();
        int parallelism = Runtime.getRuntime().availableProcessors();
        Map<String, String> settings = new LinkedHashMap<>();
        for (Map.Entry<String, String> option : session.options().entrySet()) {
            String key = option.getKey();
            if (key.startsWith(CONF_PREFIX)) {
                settings.put(key.substring(CONF_PREFIX.length()), option.getValue());
            } else if (key.equals("parallelism")) {
                parallelism = parallelism(option.getValue());
            } else {
                throw new IllegalArgumentException(
                        "unknown flink option '" + key + "'; use parallelism, heap or conf.<Flink setting>");
            }
        }
        cluster = LocalCluster.start(parallelism, settings);
        Configuration conf = cluster.clientConfiguration();
        conf.set(ExecutionOptions.RUNTIME_MODE, RuntimeExecutionMode.BATCH);
        conf.set(CoreOptions.DEFAULT_PARALLELISM, parallelism);
        conf.set(TableConfigOptions.LOCAL_TIME_ZONE, "UTC");
        conf.addAll(Configuration.fromMap(settings));
        flink = TableEnvironment.create(EnvironmentSettings.newInstance()
                .inBatchMode()
                .withConfiguration(conf)
                .build());
        Map<String, String> properties = connection.icebergProperties();
        org.apache.hadoop.conf.Configuration hadoop = new org.apache.hadoop.conf.Configuration();
        CatalogLoader loader = connection.kind() == CatalogKind.REST
                ? CatalogLoader.rest(session.catalog(), hadoop, properties)
                : CatalogLoader.hive(session.catalog(), hadoop, properties);
        catalog = new PinnedFlinkCatalog(session.catalog(), session.defaultNamespace(), loader, properties);
        flink.registerCatalog(session.catalog(), catalog);
        flink.useCatalog(session.catalog());
    }

    private static int parallelism(String value) {
        try {
            int parallelism = Integer.parseInt(value);
            if (parallelism > 0) {
                return parallelism;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new IllegalArgumentException(
                "flink option parallelism='" + value + "' must be a positive number of slots (default: the cores)");
    }

    @Override
    public void register(TableSnapshot table) throws Exception {
        if (table.snapshotId() >= 0) {
            catalog.pin(table.namespace(), table.name(), table.snapshotId());
        }
        // loading the table through the catalog is set-up, not query time
        flink.from(quoted(table.catalog(), table.namespace(), table.name())).getResolvedSchema();
        if (table.namespace().equals(defaultNamespace)) {
            flink.useDatabase(defaultNamespace);
        }
    }

    @Override
    public void execute(String sql, RowConsumer rows) throws Exception {
        TableResult result = flink.executeSql(sql);
        rows.columns(result.getResolvedSchema().getColumnNames());
        try (CloseableIterator<Row> iterator = result.collect()) {
            while (iterator.hasNext()) {
                Row row = iterator.next();
                Object[] values = new Object[row.getArity()];
                for (int i = 0; i < values.length; i++) {
                    Object value = row.getField(i);
                    values[i] = value instanceof Instant instant ? instant.atOffset(ZoneOffset.UTC) : value;
                }
                rows.row(values);
            }
        }
    }

    @Override
    public ErrorKind classify(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (isSqlError(t)) {
                return ErrorKind.SQL_ERROR;
            }
            // the planner refuses what it cannot run with a TableException saying so
            if (t.getClass().getName().equals("org.apache.flink.table.api.TableException")
                    && String.valueOf(t.getMessage()).matches("(?is).*(unsupported|not supported).*")) {
                return ErrorKind.UNSUPPORTED;
            }
        }
        return Engine.super.classify(error);
    }

    /**
     * Flink wraps a failure in layers ("Failed to execute sql", "Could not start the JobMaster"...): a validation or
     * parse error is shown as it is, anything else by its deepest cause; the first line only (the SQL or plan follow).
     */
    @Override
    public String message(Throwable error) {
        Throwable shown = error;
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (isSqlError(t)) {
                shown = t;
                break;
            }
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                shown = t;
            }
        }
        String message = Errors.message(shown);
        return message.lines()
                .map(String::strip)
                .filter(line -> !line.isEmpty())
                .findFirst()
                .orElse(message);
    }

    private static boolean isSqlError(Throwable t) {
        String type = t.getClass().getName();
        return type.equals("org.apache.flink.table.api.ValidationException")
                || type.equals("org.apache.flink.table.api.SqlParserException");
    }

    @Override
    public String version() {
        return EnvironmentInformation.getVersion() + " (Iceberg " + IcebergBuild.version() + ")";
    }

    @Override
    public void close() throws Exception {
        if (cluster != null) {
            cluster.close();
        }
    }

    private static String quoted(String... parts) {
        StringBuilder name = new StringBuilder();
        for (String part : parts) {
            name.append(name.isEmpty() ? "" : ".")
                    .append('`')
                    .append(part.replace("`", "``"))
                    .append('`');
        }
        return name.toString();
    }
}
