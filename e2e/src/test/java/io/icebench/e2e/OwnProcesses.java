package io.icebench.e2e;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Processes these tests started, told apart from other people's icebench processes on the same machine:
 * through their command line and environment as /proc shows them (a process of another user, or one gone
 * meanwhile, reads as empty and so is never ours).
 */
final class OwnProcesses {

    private OwnProcesses() {}

    static String commandLine(ProcessHandle p) {
        return read(p, "cmdline");
    }

    static String environment(ProcessHandle p) {
        return read(p, "environ");
    }

    /** Worker processes (JVM or Python) whose coordinator ran with a data directory under {@code root}. */
    static List<ProcessHandle> workersUnder(Path root) {
        return ProcessHandle.allProcesses()
                .filter(p -> isWorker(commandLine(p)))
                .filter(p -> environment(p).lines().anyMatch(v -> v.startsWith("ICEBENCH_DATA_DIR=" + root)))
                .toList();
    }

    /** Embedded metastore server processes serving {@code dataDir}. */
    static List<ProcessHandle> metastoresOf(Path dataDir) {
        return ProcessHandle.allProcesses()
                .filter(p -> {
                    String c = commandLine(p);
                    return c.contains("io.icebench.catalog.metastore.MetastoreServer") && c.endsWith(" " + dataDir);
                })
                .toList();
    }

    private static boolean isWorker(String commandLine) {
        return commandLine.contains("io.icebench.worker.WorkerMain") || commandLine.contains("-m icebench_worker");
    }

    private static String read(ProcessHandle p, String file) {
        try {
            byte[] bytes = Files.readAllBytes(Path.of("/proc", Long.toString(p.pid()), file));
            String separated =
                    new String(bytes, StandardCharsets.UTF_8).replace('\0', "cmdline".equals(file) ? ' ' : '\n');
            return separated.strip();
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }
}
