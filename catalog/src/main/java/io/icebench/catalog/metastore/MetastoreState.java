package io.icebench.catalog.metastore;

/** What {@code metastore start} records so that later commands find the embedded metastore. */
public record MetastoreState(String uri, int port, long pid, String startedAt, String log, String dataDir) {
}
