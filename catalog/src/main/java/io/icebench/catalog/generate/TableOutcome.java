package io.icebench.catalog.generate;

/** What a generator did with one table. */
public record TableOutcome(String table, boolean kept, long rows, long bytes, int files, long snapshotId) {}
