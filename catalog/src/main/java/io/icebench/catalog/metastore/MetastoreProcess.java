package io.icebench.catalog.metastore;

import io.icebench.core.config.Defaults;
import io.icebench.core.model.Failure;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Launching the metastore server process, waiting for it to answer, and ending it. */
public final class MetastoreProcess {

    private final Path dataDir;
    private final Path logFile;

    MetastoreProcess(Path dataDir, Path logFile) {
        this.dataDir = dataDir;
        this.logFile = logFile;
    }

    Process launch(int port) {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>();
        if (new File("/usr/bin/setsid").canExecute()) {
            // its own session: Ctrl-C on the command that started it does not reach it
            command.add("/usr/bin/setsid");
        }
        command.addAll(List.of(java, "-Xmx1g", "-XX:+UseSerialGC",
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
                "-Dorg.slf4j.simpleLogger.log.io.icebench=info",
                "-Dorg.slf4j.simpleLogger.showDateTime=true",
                "-Dicebench.role=metastore",
                "-cp", System.getProperty("java.class.path"),
                MetastoreServer.class.getName(), Integer.toString(port), dataDir.toString()));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        try {
            return builder.start();
        } catch (IOException e) {
            throw new IllegalStateException("cannot start the metastore process: " + e.getMessage(), e);
        }
    }

    /** Waits until the port answers; on failure the process (our own child) is ended and the reason thrown. */
    void awaitReady(Process process, int port) {
        long deadline = System.nanoTime() + Defaults.METASTORE_START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the metastore exited during start-up (exit code "
                        + process.exitValue() + "); last lines of " + logFile + ":\n" + tailOfLog(12));
            }
            if (Ports.unreachableReason("127.0.0.1", port, 500) == null) {
                return;
            }
            sleep(Duration.ofMillis(100));
        }
        terminate(process.toHandle());
        throw new IllegalStateException("the metastore did not answer within "
                + Defaults.METASTORE_START_TIMEOUT.toSeconds() + " s; last lines of " + logFile + ":\n" + tailOfLog(12));
    }

    /** Waits (briefly) until the launched process has become the JVM, so that its recorded executable is final. */
    public static void awaitExec(Process process) {
        for (int i = 0; i < 50 && process.isAlive()
                && process.info().command().map(c -> c.endsWith("/setsid")).orElse(false); i++) {
            sleep(Duration.ofMillis(20));
        }
    }

    /** Asks the process to end (SIGTERM), then kills it when it has not ended within 15 s. */
    public static void terminate(ProcessHandle handle) {
        handle.destroy();
        try {
            handle.onExit().get(15, TimeUnit.SECONDS);
        } catch (Exception e) {
            handle.destroyForcibly();
            try {
                handle.onExit().get(5, TimeUnit.SECONDS);
            } catch (Exception ignored) {
                // reported by the caller's status check
            }
        }
    }

    String tailOfLog(int lines) {
        try {
            List<String> all = Files.readAllLines(logFile);
            return Failure.firstLines(String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size())), lines);
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the metastore", e);
        }
    }
}
