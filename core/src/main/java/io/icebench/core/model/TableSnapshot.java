package io.icebench.core.model;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A table resolved to one Iceberg snapshot: what every engine of a run reads.
 *
 * @param catalog     catalog name used in SQL (e.g. {@code warehouse})
 * @param namespace   namespace (database) of the table
 * @param name        table name
 * @param location    table location
 * @param snapshotId  the snapshot every engine reads
 * @param deleteFiles the snapshot's delete files; a data file names the equality deletes that apply to it
 */
public record TableSnapshot(
        String catalog,
        String namespace,
        String name,
        String location,
        long snapshotId,
        List<ColumnDef> columns,
        List<DataFileRef> dataFiles,
        List<DeleteFileRef> deleteFiles,
        long rows,
        long bytes,
        Planning planning) {

    public TableSnapshot {
        deleteFiles = deleteFiles == null ? List.of() : List.copyOf(deleteFiles);
        planning = planning == null ? Planning.NONE : planning;
    }

    public String fullName() {
        return catalog + "." + namespace + "." + name;
    }

    public String qualifiedName() {
        return namespace + "." + name;
    }

    /** The kinds of delete an engine must apply to read this snapshot right (deletion vectors as position). */
    public Set<DeleteKind> deletesToApply() {
        Set<DeleteKind> kinds = EnumSet.noneOf(DeleteKind.class);
        deleteFiles.forEach(d -> kinds.add(d.kind().appliedAs()));
        return kinds;
    }
}
