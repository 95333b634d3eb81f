package io.icebench.catalog;

import io.icebench.catalog.metastore.Ports;
import io.icebench.catalog.plan.DeletionVectors;
import io.icebench.catalog.plan.SnapshotPlanner;
import io.icebench.core.config.ConfigException;
import io.icebench.core.model.TableSnapshot;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.hadoop.conf.Configuration;
import org.apache.iceberg.CatalogProperties;
import org.apache.iceberg.Snapshot;
import org.apache.iceberg.Table;
import org.apache.iceberg.catalog.Namespace;
import org.apache.iceberg.catalog.TableIdentifier;
import org.apache.iceberg.exceptions.NoSuchNamespaceException;
import org.apache.iceberg.exceptions.NoSuchTableException;
import org.apache.iceberg.hive.HiveCatalog;

/** Iceberg tables in a Hive Metastore, through Iceberg's own HiveCatalog (a real Thrift client). */
public final class IcebergCatalog implements AutoCloseable {

    private final HiveCatalog catalog;
    private final String name;
    private final String uri;

    private final SnapshotPlanner planner;

    private IcebergCatalog(HiveCatalog catalog, String name, String uri, Path cache) {
        this.catalog = catalog;
        this.name = name;
        this.uri = uri;
        this.planner = new SnapshotPlanner(new DeletionVectors(cache.resolve("deletion-vectors")));
    }

    /** As {@link #connect(String, Path, String, Path)} with deletion vectors converted under java.io.tmpdir. */
    public static IcebergCatalog connect(String uri, Path warehouse, String catalogName) {
        return connect(uri, warehouse, catalogName, Path.of(System.getProperty("java.io.tmpdir"), "icebench-cache"));
    }

    /**
     * Connects to the metastore at {@code uri}; {@code warehouse} is where new namespaces go (null: the
     * metastore's own default); {@code cache} holds what planning derives from the tables (converted deletion
     * vectors), outside the warehouse.
     */
    public static IcebergCatalog connect(String uri, Path warehouse, String catalogName, Path cache) {
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
        return new IcebergCatalog(catalog, catalogName, uri, cache);
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

    /** Resolves a table to the given snapshot ({@code null}: the current one); a table without one is refused. */
    public TableSnapshot resolve(TableName tableName, Long snapshotId) {
        Table table = load(tableName);
        Snapshot snapshot = snapshotId == null ? table.currentSnapshot() : table.snapshot(snapshotId);
        if (snapshotId != null && snapshot == null) {
            List<String> known = new ArrayList<>();
            table.snapshots().forEach(s -> known.add(Long.toString(s.snapshotId())));
            throw new ConfigException("table " + tableName + " has no snapshot " + snapshotId + "; its snapshots: "
                    + String.join(", ", known.subList(Math.max(0, known.size() - 10), known.size())));
        }
        if (snapshot == null) {
            throw new ConfigException("table " + tableName + " has no snapshot: no data was ever committed to it "
                    + "(an interrupted generate?); regenerate it (generate ... --replace) or drop it");
        }
        return planner.plan(name, tableName.namespace(), tableName.table(), table, snapshot);
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
