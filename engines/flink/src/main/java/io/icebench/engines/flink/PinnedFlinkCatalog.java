package io.icebench.engines.flink;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.flink.table.catalog.CatalogTable;
import org.apache.flink.table.catalog.ObjectPath;
import org.apache.flink.table.catalog.exceptions.CatalogException;
import org.apache.flink.table.catalog.exceptions.TableNotExistException;
import org.apache.iceberg.catalog.Namespace;
import org.apache.iceberg.flink.CatalogLoader;
import org.apache.iceberg.flink.FlinkCatalog;

/**
 * Iceberg's Flink catalog, except that a table the run resolved carries the run's snapshot as its {@code snapshot-id}
 * read option, so that plain SQL reads what every other engine reads. A query's own
 * {@code /*+ OPTIONS('snapshot-id'=...) *}{@code /} hint is merged over the table's options by Flink and wins.
 */
final class PinnedFlinkCatalog extends FlinkCatalog {

    static final String SNAPSHOT_ID = "snapshot-id";
    private final Map<String, Long> pins = new ConcurrentHashMap<>();

    PinnedFlinkCatalog(String name, String defaultDatabase, CatalogLoader loader, Map<String, String> properties) {
        super(name, defaultDatabase, Namespace.empty(), loader, properties, true, -1);
    }

    void pin(String namespace, String table, long snapshotId) {
        pins.put(key(namespace, table), snapshotId);
    }

    @Override
    public CatalogTable getTable(ObjectPath path) throws TableNotExistException, CatalogException {
        CatalogTable table = super.getTable(path);
        Long snapshot = pins.get(key(path.getDatabaseName(), path.getObjectName()));
        if (snapshot == null) {
            return table;
        }
        Map<String, String> options = new HashMap<>(table.getOptions());
        options.put(SNAPSHOT_ID, Long.toString(snapshot));
        return table.copy(options);
    }

    private static String key(String namespace, String table) {
        return (namespace + "." + table).toLowerCase(Locale.ROOT);
    }
}
