package io.icebench.engines.spark;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.iceberg.spark.SparkCatalog;
import org.apache.iceberg.spark.source.SparkTable;
import org.apache.spark.sql.catalyst.analysis.NoSuchTableException;
import org.apache.spark.sql.connector.catalog.Identifier;
import org.apache.spark.sql.connector.catalog.Table;

/**
 * Iceberg's SparkCatalog, except that a table the run resolved is loaded at the run's snapshot, so that
 * plain SQL ({@code SELECT ... FROM tpch.lineitem}) reads what every other engine reads. Catalogs are
 * created by Spark inside the driver, hence the process-wide pin table.
 */
public class PinnedSparkCatalog extends SparkCatalog {

    private static final Map<String, Long> PINS = new ConcurrentHashMap<>();

    static void pin(String namespace, String table, long snapshotId) {
        PINS.put(key(namespace, table), snapshotId);
    }

    private static String key(String namespace, String table) {
        return (namespace + "." + table).toLowerCase(Locale.ROOT);
    }

    /** Set while the query itself asks for a version (VERSION/TIMESTAMP AS OF): the pin then stands aside. */
    private final ThreadLocal<Boolean> explicitVersion = ThreadLocal.withInitial(() -> false);

    @Override
    public Table loadTable(Identifier ident) throws NoSuchTableException {
        Table table = super.loadTable(ident);
        Long snapshot = ident.namespace().length == 1 ? PINS.get(key(ident.namespace()[0], ident.name())) : null;
        if (snapshot != null
                && !explicitVersion.get()
                && table instanceof SparkTable spark
                && spark.snapshotId() == null
                && spark.branch() == null) {
            return spark.copyWithSnapshotId(snapshot);
        }
        return table;
    }

    @Override
    public Table loadTable(Identifier ident, String version) throws NoSuchTableException {
        return asked(() -> super.loadTable(ident, version));
    }

    @Override
    public Table loadTable(Identifier ident, long timestamp) throws NoSuchTableException {
        return asked(() -> super.loadTable(ident, timestamp));
    }

    private Table asked(Load load) throws NoSuchTableException {
        explicitVersion.set(true);
        try {
            return load.table();
        } finally {
            explicitVersion.set(false);
        }
    }

    @FunctionalInterface
    private interface Load {
        Table table() throws NoSuchTableException;
    }
}
