package io.icebench.catalog.service;

import io.icebench.core.process.ProcessIdentity;
import java.util.Optional;

/** What is recorded of a running embedded service (metastore, S3 server) so that later commands find it. */
public interface ServiceState {

    long pid();

    int port();

    /**
     * Who the server process is (pid, start time, executable); only a process that still matches it is ever
     * signalled. Null in files written before it was recorded: such a pid is never signalled.
     */
    ProcessIdentity process();

    /** The live server process this state describes, when the pid still belongs to it. */
    default Optional<ProcessHandle> ownProcess() {
        return process() == null || process().pid() != pid()
                ? Optional.empty()
                : process().handle();
    }

    default boolean pidAlive() {
        return ProcessHandle.of(pid()).map(ProcessHandle::isAlive).orElse(false);
    }
}
