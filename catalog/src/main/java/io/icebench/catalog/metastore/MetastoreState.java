package io.icebench.catalog.metastore;

import io.icebench.core.process.ProcessIdentity;

/**
 * What is recorded when the embedded metastore starts, so that later commands find it.
 *
 * @param process who the server process is (pid, start time, executable); only a process that still matches
 *                it is ever signalled. Null in files written before it was recorded: such a pid is never signalled.
 */
public record MetastoreState(String uri, int port, long pid, String startedAt, String log, String dataDir,
        ProcessIdentity process) {

    /** The live server process this state describes, when the pid still belongs to it. */
    public java.util.Optional<ProcessHandle> ownProcess() {
        return process == null || process.pid() != pid ? java.util.Optional.empty() : process.handle();
    }

    public boolean pidAlive() {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }
}
