package io.icebench.cli.engine;

import io.icebench.core.config.CatalogConnection;
import io.icebench.core.model.DeleteKind;
import io.icebench.core.model.TableSnapshot;
import io.icebench.core.sql.EngineReads;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How an engine reads Iceberg, as its {@code engine.properties} declares it: {@code reads=catalog} (the engine
 * resolves tables itself and applies their delete files natively) or {@code reads=files} (it reads the
 * coordinator's file list and applies the delete kinds listed in {@code applies-deletes}, or none). What the
 * coordinator does for an engine follows from this declaration, here and nowhere else: which tables a file-based
 * engine may read (never data files without their delete files, only files on the file systems it opens, see
 * {@link FileSystems}), which credentials it is sent ({@link #connectionFor}), and how its worker maps the SQL's
 * table names (the declaration goes to the worker, {@link #workerEnvironment()}, and
 * {@link io.icebench.core.sql.TableNames} maps by it).
 */
public record IcebergAccess(
        EngineReads reads, Set<DeleteKind> appliesDeletes, FileSystems opens, boolean pinsSnapshots) {

    public static final IcebergAccess FILES_WITHOUT_DELETES =
            new IcebergAccess(EngineReads.FILES, Set.of(), FileSystems.LOCAL_ONLY, false);

    public IcebergAccess {
        appliesDeletes = appliesDeletes.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(appliesDeletes));
    }

    static IcebergAccess of(Properties p) {
        EngineReads reads = EngineReads.parse(p.getProperty("reads", "files"));
        Set<DeleteKind> kinds = EnumSet.noneOf(DeleteKind.class);
        for (String kind : p.getProperty("applies-deletes", "").split(",")) {
            if (!kind.isBlank()) {
                kinds.add(
                        DeleteKind.valueOf(kind.strip().toUpperCase(Locale.ROOT).replace('-', '_')));
            }
        }
        return new IcebergAccess(
                reads, kinds, FileSystems.of(p), Boolean.parseBoolean(p.getProperty("pins-snapshots", "false")));
    }

    /**
     * The engine reads the snapshot the coordinator resolved: always when it reads the coordinator's file list; a
     * catalog-reading engine only when it declares {@code pins-snapshots=true}, else it reads the current snapshot.
     */
    public boolean readsResolvedSnapshot() {
        return !readsCatalog() || pinsSnapshots;
    }

    /** The engine resolves tables through the catalog itself (and plans inside its query time). */
    public boolean readsCatalog() {
        return reads == EngineReads.CATALOG;
    }

    /** What the engine's worker is started with so that it maps table names by this declaration. */
    public Map<String, String> workerEnvironment() {
        return Map.of(EngineReads.ENVIRONMENT_VARIABLE, reads.declared());
    }

    /**
     * The connection an engine is sent: an engine that reads the catalog gets all of it; one that reads files gets
     * only where the files are and the object store's settings, never the catalog's own credentials (token,
     * credential and other catalog properties).
     */
    public CatalogConnection connectionFor(CatalogConnection connection) {
        if (connection == null || readsCatalog()) {
            return connection;
        }
        return new CatalogConnection(
                connection.kind(), connection.uri(), connection.warehouse(), Map.of(), connection.storage());
    }

    /** Null when the engine reads this snapshot right with these engine options; otherwise why it would not. */
    public String whyNotReadable(String engine, Map<String, String> options, TableSnapshot table) {
        if (readsCatalog()) {
            return null;
        }
        String unreachable = opens.whyNotOpened(engine, options, table);
        if (unreachable != null) {
            return unreachable;
        }
        Set<DeleteKind> missing = EnumSet.noneOf(DeleteKind.class);
        table.deleteFiles().forEach(d -> {
            if (!appliesDeletes.contains(d.kind().appliedAs())) {
                missing.add(d.kind());
            }
        });
        if (missing.isEmpty()) {
            return null;
        }
        return "snapshot " + table.snapshotId() + " of " + table.fullName() + " has "
                + missing.stream().map(DeleteKind::label).collect(Collectors.joining(" and ")) + " deletes, which "
                + engine
                + " does not apply (it would count deleted rows)";
    }
}
