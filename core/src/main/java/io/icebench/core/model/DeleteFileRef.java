package io.icebench.core.model;

import java.util.List;

/**
 * A delete file of a snapshot, as engines read it: a Parquet file with columns {@code file_path, pos}
 * (position deletes, and deletion vectors converted by the coordinator) or the equality columns.
 *
 * @param kind            what Iceberg has (a deletion vector is read from {@code path}, its converted copy)
 * @param path            the Parquet file an engine opens (a local path or a URI)
 * @param source          the Iceberg location of the delete file itself (the Puffin file of a deletion vector)
 * @param equalityColumns the columns an equality delete matches on (empty for position deletes)
 * @param sequenceNumber  the delete's data sequence number
 */
public record DeleteFileRef(
        DeleteKind kind,
        String path,
        String source,
        List<String> equalityColumns,
        long sequenceNumber,
        long rows,
        long bytes) {}
