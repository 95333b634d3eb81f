package io.icebench.core.model;

/** One Parquet data file of a snapshot, as a local path or URI the engines can open. */
public record DataFileRef(String path, long rows, long bytes) {
}
