package io.icebench.catalog;

import io.icebench.catalog.metastore.Ports;
import io.icebench.catalog.plan.DeletionVectors;
import io.icebench.catalog.plan.SnapshotPlanner;
import io.icebench.catalog.storage.ForklessLocalFileSystem;
import io.icebench.catalog.storage.S3Probe;
import io.icebench.catalog.storage.StorageAccessException;
import io.icebench.core.config.CatalogConnection;
import io.icebench.core.config.CatalogKind;
import io.icebench.core.config.ConfigException;
import io.icebench.core.model.TableSnapshot;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.hadoop.conf.Configuration;
import org.apache.iceberg.CatalogProperties;
import org.apache.iceberg.CatalogUtil;
import org.apache.iceberg.Snapshot;
import org.apache.iceberg.Table;
import org.apache.iceberg.catalog.Catalog;
import org.apache.iceberg.catalog.Namespace;
import org.apache.iceberg.catalog.SupportsNamespaces;
import org.apache.iceberg.catalog.TableIdentifier;
import org.apache.iceberg.exceptions.NoSuchNamespaceException;
import org.apache.iceberg.exceptions.NoSuchTableException;

/**
 * Iceberg tables behind a catalog (a Hive Metastore or an Iceberg REST catalog, through Iceberg's own Java
 * catalogs: real Thrift and HTTP clients), their files opened by the connection's file IO (local, HDFS or S3).
 */
public final class IcebergCatalog implements AutoCloseable {

    private final Catalog catalog;
    private final String name;
    private final CatalogConnection connection;

    private final SnapshotPlanner planner;

    private IcebergCatalog(Catalog catalog, String name, CatalogConnection connection, Path cache) {
        this.catalog = catalog;
        this.name = name;
        this.connection = connection;
        this.planner = new SnapshotPlanner(new DeletionVectors(cache.resolve("deletion-vectors")));
    }

    /** A Hive Metastore at {@code uri}; new namespaces go under {@code warehouse} (null: the metastore's default). */
    public static IcebergCatalog connect(String uri, Path warehouse, String catalogName) {
        CatalogConnection connection = CatalogConnection.hive(uri);
        return connect(
                warehouse == null
                        ? connection
                        : connection.withWarehouse(warehouse.toUri().toString()),
                catalogName,
                Path.of(System.getProperty("java.io.tmpdir"), "icebench-cache"));
    }

    /**
     * Connects to the catalog; {@code cache} holds what planning derives from the tables (converted deletion
     * vectors), outside the warehouse. An unreachable catalog, or one refusing our credentials, is a
     * {@link ServiceFailure} of kind connection or auth.
     */
    public static IcebergCatalog connect(CatalogConnection connection, String catalogName, Path cache) {
        Map<String, String> properties = new HashMap<>(connection.icebergProperties());
        Configuration conf = new Configuration(false);
        conf.set("fs.file.impl", ForklessLocalFileSystem.NAME);
        if (connection.kind() == CatalogKind.HIVE) {
            Ports.requireReachable(connection.uri());
            conf.set("hive.metastore.uris", connection.uri());
            conf.set("metastore.thrift.uris", connection.uri());
            conf.set("hive.metastore.connect.retries", "1");
            conf.set("metastore.client.connect.retry.delay", "1");
            properties.put(CatalogProperties.CLIENT_POOL_SIZE, "2");
        }
        Catalog catalog = RestCatalogFailures.translate(
                connection, () -> CatalogUtil.buildIcebergCatalog(catalogName, properties, conf));
        return new IcebergCatalog(catalog, catalogName, connection, cache);
    }

    public String name() {
        return name;
    }

    public CatalogConnection connection() {
        return connection;
    }

    public Catalog iceberg() {
        return catalog;
    }

    /** The catalog's namespaces (both Iceberg catalogs icebench builds support them). */
    public SupportsNamespaces namespaces() {
        return (SupportsNamespaces) catalog;
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
                    .map(TableIdentifier::name)
                    .sorted()
                    .collect(Collectors.toList());
            if (tables.isEmpty()) {
                return "namespace " + namespace + " has no tables (make some with ./icebench generate tpch)";
            }
            return "tables in " + namespace + ": " + String.join(", ", tables);
        } catch (NoSuchNamespaceException e) {
            List<String> namespaces = namespaces().listNamespaces().stream()
                    .map(Namespace::toString)
                    .sorted()
                    .toList();
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
        try {
            return plan(tableName, snapshotId);
        } catch (RuntimeException e) {
            StorageAccessException storage = S3Probe.explain(
                    e,
                    connection.storage() == null ? null : connection.storage().endpoint());
            if (storage != null) {
                throw storage;
            }
            throw e;
        }
    }

    private TableSnapshot plan(TableName tableName, Long snapshotId) {
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
        if (catalog instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (Exception ignored) {
                // closing pooled Thrift or HTTP clients
            }
        }
    }
}
