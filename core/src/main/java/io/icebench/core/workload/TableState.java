package io.icebench.core.workload;

/**
 * One table as a read phase found it, from Iceberg's metadata: the snapshot every engine read, its live data
 * and delete files, how many snapshots the table keeps, and how long the coordinator took to plan it.
 */
public record TableState(
        String table, long snapshotId, int dataFiles, int deleteFiles, int snapshots, long rows, double planMs) {}
