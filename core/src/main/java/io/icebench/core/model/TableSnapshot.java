package io.icebench.core.model;

import java.util.List;

/**
 * A table resolved to one Iceberg snapshot: what every engine of a run reads.
 *
 * @param catalog   catalog name used in SQL (e.g. {@code warehouse})
 * @param namespace namespace (database) of the table
 * @param name      table name
 * @param location  table location
 * @param snapshotId the snapshot every engine reads, or -1 for a table without snapshot
 * @param deleteFiles number of delete files in the snapshot (file-based engines cannot apply them)
 */
public record TableSnapshot(
        String catalog,
        String namespace,
        String name,
        String location,
        long snapshotId,
        List<ColumnDef> columns,
        List<DataFileRef> dataFiles,
        int deleteFiles,
        long rows,
        long bytes) {

    public String fullName() {
        return catalog + "." + namespace + "." + name;
    }

    public String qualifiedName() {
        return namespace + "." + name;
    }
}
