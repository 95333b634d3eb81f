package io.icebench.catalog.service;

import io.icebench.core.process.ProcessIdentity;

/**
 * What is recorded when the embedded S3 server starts, so that later commands find it.
 *
 * @param endpoint    {@code http://127.0.0.1:PORT}
 * @param credentials the file holding its keys (mode 0600)
 * @param objects     the directory its buckets and objects are kept in, as plain files
 */
public record S3State(
        String endpoint,
        int port,
        long pid,
        String startedAt,
        String log,
        String dataDir,
        String credentials,
        String objects,
        ProcessIdentity process)
        implements ServiceState {}
