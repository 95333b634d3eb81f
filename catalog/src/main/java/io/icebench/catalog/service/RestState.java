package io.icebench.catalog.service;

import io.icebench.core.process.ProcessIdentity;

/**
 * What is recorded when the embedded REST catalog starts, so that later commands find it.
 *
 * @param uri       {@code http://127.0.0.1:PORT}, what a client's {@code uri} property is
 * @param warehouse the catalog's warehouse location (a {@code file:} URI or {@code s3://bucket/prefix})
 * @param tokenFile where the bearer token is (mode 0600); the token itself is never recorded here
 * @param process   who the server process is; only a process that still matches it is ever signalled
 */
public record RestState(
        String uri,
        int port,
        long pid,
        String warehouse,
        String startedAt,
        String log,
        String dataDir,
        String tokenFile,
        ProcessIdentity process)
        implements ServiceState {}
