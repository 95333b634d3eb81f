package io.icebench.core.model;

/** The kinds of Iceberg delete file a snapshot can carry. */
public enum DeleteKind {
    /** Position delete file (format v2): rows named by data file path and row position. */
    POSITION,
    /** Equality delete file: rows whose equality columns match a delete row, in older data files. */
    EQUALITY,
    /** Deletion vector (format v3, Puffin): the coordinator hands it to engines as a position delete file. */
    DELETION_VECTOR;

    /** What an engine must do to apply it: deletion vectors arrive converted into position delete files. */
    public DeleteKind appliedAs() {
        return this == DELETION_VECTOR ? POSITION : this;
    }

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
