package io.icebench.core.model;

/**
 * A table as summarised in the results file.
 *
 * @param planning how long the coordinator's planning took and what it found
 */
public record TableInfo(
        String name,
        String location,
        long snapshotId,
        int dataFiles,
        int deleteFiles,
        long rows,
        long bytes,
        Planning planning) {

    public static TableInfo of(TableSnapshot t) {
        return new TableInfo(
                t.fullName(),
                t.location(),
                t.snapshotId(),
                t.dataFiles().size(),
                t.deleteFiles().size(),
                t.rows(),
                t.bytes(),
                t.planning());
    }
}
