package io.icebench.cli.engine;

import io.icebench.core.model.DeleteKind;
import io.icebench.core.model.TableSnapshot;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How an engine reads Iceberg, as its {@code engine.properties} declares it: {@code reads=catalog} (the engine
 * resolves tables itself and applies their delete files natively) or {@code reads=files} (it reads the
 * coordinator's file list and applies the delete kinds listed in {@code applies-deletes}, or none). The one
 * rule of what a file-based engine may read lives here: never data files without their delete files, and
 * only files on the file systems it opens ({@code opens}, see {@link FileSystems}).
 */
public record IcebergAccess(boolean readsCatalog, Set<DeleteKind> appliesDeletes, FileSystems opens) {

    public static final IcebergAccess FILES_WITHOUT_DELETES = new IcebergAccess(false, Set.of(), FileSystems.LOCAL_ONLY);

    public IcebergAccess {
        appliesDeletes = appliesDeletes.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(appliesDeletes));
    }

    static IcebergAccess of(Properties p) {
        String reads = p.getProperty("reads", "files").strip();
        if (!reads.equals("files") && !reads.equals("catalog")) {
            throw new IllegalArgumentException("reads=" + reads + " (expected files or catalog)");
        }
        Set<DeleteKind> kinds = EnumSet.noneOf(DeleteKind.class);
        for (String kind : p.getProperty("applies-deletes", "").split(",")) {
            if (!kind.isBlank()) {
                kinds.add(DeleteKind.valueOf(kind.strip().toUpperCase(Locale.ROOT).replace('-', '_')));
            }
        }
        return new IcebergAccess(reads.equals("catalog"), kinds, FileSystems.of(p));
    }

    /** Null when the engine reads this snapshot right with these engine options; otherwise why it would not. */
    public String whyNotReadable(String engine, Map<String, String> options, TableSnapshot table) {
        if (readsCatalog) {
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
        return "snapshot " + table.snapshotId() + " of " + table.fullName() + " has " + missing.stream()
                .map(DeleteKind::label).collect(Collectors.joining(" and ")) + " deletes, which " + engine
                + " does not apply (it would count deleted rows)";
    }
}
