package io.icebench.catalog.metastore;

import io.icebench.catalog.service.ServiceState;
import io.icebench.core.process.ProcessIdentity;

/**
 * What is recorded when the embedded metastore starts, so that later commands find it.
 *
 * @param process who the server process is (pid, start time, executable); only a process that still matches
 *                it is ever signalled. Null in files written before it was recorded: such a pid is never signalled.
 * @param s3      the S3 endpoint the metastore reaches {@code s3://} and {@code s3a://} locations at
 *                ({@link MetastoreS3#AWS_DEFAULT_ENDPOINT} for AWS's own), or null when it was started without
 *                S3 settings
 */
public record MetastoreState(
        String uri,
        int port,
        long pid,
        String startedAt,
        String log,
        String dataDir,
        ProcessIdentity process,
        String s3)
        implements ServiceState {}
