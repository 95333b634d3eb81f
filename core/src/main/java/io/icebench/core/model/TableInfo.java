package io.icebench.core.model;

/** A table as summarised in the results file. */
public record TableInfo(String name, long snapshotId, int dataFiles, int deleteFiles, long rows, long bytes) {

    public static TableInfo of(TableSnapshot t) {
        return new TableInfo(t.fullName(), t.snapshotId(), t.dataFiles().size(), t.deleteFiles(), t.rows(), t.bytes());
    }
}
