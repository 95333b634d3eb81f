package io.icebench.catalog;

import io.icebench.catalog.metastore.Ports;
import io.icebench.core.config.ConfigException;
import io.icebench.core.model.ColumnDef;
import io.icebench.core.model.DataFileRef;
import io.icebench.core.model.TableSnapshot;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.hadoop.conf.Configuration;
import org.apache.iceberg.CatalogProperties;
import org.apache.iceberg.DeleteFile;
import org.apache.iceberg.FileScanTask;
import org.apache.iceberg.Schema;
import org.apache.iceberg.Snapshot;
import org.apache.iceberg.Table;
import org.apache.iceberg.catalog.Namespace;
import org.apache.iceberg.catalog.TableIdentifier;
import org.apache.iceberg.exceptions.NoSuchNamespaceException;
import org.apache.iceberg.exceptions.NoSuchTableException;
import org.apache.iceberg.hive.HiveCatalog;
import org.apache.iceberg.io.CloseableIterable;
import org.apache.iceberg.types.Types;

/** Iceberg tables in a Hive Metastore, through Iceberg's own HiveCatalog (a real Thrift client). */
public final class IcebergCatalog implements AutoCloseable {

    private final HiveCatalog catalog;
    private final String name;
    private final String uri;

    private IcebergCatalog(HiveCatalog catalog, String name, String uri) {
        this.catalog = catalog;
        this.name = name;
        this.uri = uri;
    }

    /**
     * Connects to the metastore at {@code uri}; {@code warehouse} is where new namespaces go (null: the
     * metastore's own default).
     */
    public static IcebergCatalog connect(String uri, Path warehouse, String catalogName) {
        Ports.requireReachable(uri);
        Configuration conf = new Configuration(false);
        conf.set("hive.metastore.uris", uri);
        conf.set("metastore.thrift.uris", uri);
        conf.set("hive.metastore.connect.retries", "1");
        conf.set("metastore.client.connect.retry.delay", "1");
        conf.set("fs.file.impl", "org.apache.hadoop.fs.LocalFileSystem");
        Map<String, String> properties = new HashMap<>();
        properties.put(CatalogProperties.URI, uri);
        properties.put(CatalogProperties.CLIENT_POOL_SIZE, "2");
        if (warehouse != null) {
            properties.put(CatalogProperties.WAREHOUSE_LOCATION, warehouse.toUri().toString());
        }
        HiveCatalog catalog = new HiveCatalog();
        catalog.setConf(conf);
        catalog.initialize(catalogName, properties);
        return new IcebergCatalog(catalog, catalogName, uri);
    }

    public String name() {
        return name;
    }

    public String uri() {
        return uri;
    }

    public HiveCatalog iceberg() {
        return catalog;
    }

    public Table load(TableName table) {
        try {
            return catalog.loadTable(table.identifier());
        } catch (NoSuchTableException e) {
            throw new ConfigException("table " + table + " does not exist; " + describeNamespace(table.namespace()));
        }
    }

    public boolean exists(TableIdentifier id) {
        return catalog.tableExists(id);
    }

    private String describeNamespace(String namespace) {
        try {
            List<String> tables = catalog.listTables(Namespace.of(namespace)).stream()
                    .map(TableIdentifier::name).sorted().collect(Collectors.toList());
            if (tables.isEmpty()) {
                return "namespace " + namespace + " has no tables (make some with ./icebench generate tpch)";
            }
            return "tables in " + namespace + ": " + String.join(", ", tables);
        } catch (NoSuchNamespaceException e) {
            List<String> namespaces = catalog.listNamespaces().stream().map(Namespace::toString).sorted().toList();
            return "namespace " + namespace + " does not exist (namespaces: "
                    + (namespaces.isEmpty() ? "none" : String.join(", ", namespaces))
                    + "; make TPC-H tables with ./icebench generate tpch)";
        }
    }

    /** Resolves a table to its current snapshot: the exact files every engine of the run reads. */
    public TableSnapshot resolve(TableName tableName) {
        return resolve(tableName, null);
    }

    /** Resolves a table to the given snapshot ({@code null}: the current one). */
    public TableSnapshot resolve(TableName tableName, Long snapshotId) {
        Table table = load(tableName);
        Snapshot snapshot = snapshotId == null ? table.currentSnapshot() : table.snapshot(snapshotId);
        if (snapshotId != null && snapshot == null) {
            List<String> known = new ArrayList<>();
            table.snapshots().forEach(s -> known.add(Long.toString(s.snapshotId())));
            throw new ConfigException("table " + tableName + " has no snapshot " + snapshotId + "; its snapshots: "
                    + String.join(", ", known.subList(Math.max(0, known.size() - 10), known.size())));
        }
        Schema schema = snapshot == null || snapshot.schemaId() == null ? table.schema()
                : table.schemas().get(snapshot.schemaId());
        List<ColumnDef> columns = new ArrayList<>();
        for (Types.NestedField field : schema.columns()) {
            columns.add(new ColumnDef(field.name(), field.type().toString(), field.isRequired()));
        }
        if (snapshot == null) {
            return new TableSnapshot(name, tableName.namespace(), tableName.table(), table.location(), -1,
                    columns, List.of(), 0, 0, 0);
        }
        List<DataFileRef> files = new ArrayList<>();
        Set<String> deletes = new HashSet<>();
        long rows = 0;
        long bytes = 0;
        try (CloseableIterable<FileScanTask> tasks = table.newScan().useSnapshot(snapshot.snapshotId()).planFiles()) {
            for (FileScanTask task : tasks) {
                files.add(new DataFileRef(localPath(task.file().location()), task.file().recordCount(),
                        task.file().fileSizeInBytes()));
                rows += task.file().recordCount();
                bytes += task.file().fileSizeInBytes();
                for (DeleteFile delete : task.deletes()) {
                    deletes.add(delete.location());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        files.sort((a, b) -> a.path().compareTo(b.path()));
        return new TableSnapshot(name, tableName.namespace(), tableName.table(), table.location(),
                snapshot.snapshotId(), columns, files, deletes.size(), rows, bytes);
    }

    /** Local files as plain paths (what DuckDB and Polars open); other schemes stay URIs. */
    static String localPath(String location) {
        if (location.startsWith("file://")) {
            return location.substring("file://".length());
        }
        if (location.startsWith("file:")) {
            return location.substring("file:".length());
        }
        return location;
    }

    @Override
    public void close() {
        try {
            catalog.close();
        } catch (IOException ignored) {
            // closing pooled Thrift clients
        }
    }
}
