package io.icebench.core.model;

import java.util.List;

/**
 * One Parquet data file of a snapshot.
 *
 * @param path             a local path or URI the engines can open
 * @param location         the file's location as Iceberg records it (what position deletes name)
 * @param sequenceNumber   the file's data sequence number
 * @param equalityDeletes  indexes into the snapshot's delete files: the equality deletes Iceberg applies to
 *                         this file (sequence numbers and partitions already taken into account)
 */
public record DataFileRef(
        String path, String location, long rows, long bytes, long sequenceNumber, List<Integer> equalityDeletes) {

    public DataFileRef {
        equalityDeletes = equalityDeletes == null ? List.of() : List.copyOf(equalityDeletes);
    }

    /** A data file without deletes (tests, generated tables). */
    public static DataFileRef of(String path, long rows, long bytes) {
        return new DataFileRef(path, path, rows, bytes, 0, List.of());
    }
}
