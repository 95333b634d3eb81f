package io.icebench.catalog.service;

import io.icebench.catalog.metastore.Ports;
import io.icebench.core.model.Failure;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Launching an embedded service's server process in its own session, waiting for its port, and ending it. */
public final class ServiceProcess {

    private ServiceProcess() {}

    /**
     * Starts {@code command} in its own session (Ctrl-C on the command that started it does not reach it), its
     * output appended to {@code logFile}, with {@code environment} added to this process's environment.
     */
    public static Process launch(String service, List<String> command, Path logFile, Map<String, String> environment) {
        List<String> full = new ArrayList<>();
        if (new File("/usr/bin/setsid").canExecute()) {
            full.add("/usr/bin/setsid");
        }
        full.addAll(command);
        ProcessBuilder builder = new ProcessBuilder(full)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        builder.environment().putAll(environment);
        try {
            Process process = builder.start();
            awaitExec(process);
            return process;
        } catch (IOException e) {
            throw new IllegalStateException("cannot start the " + service + " process: " + e.getMessage(), e);
        }
    }

    /** Waits until the port answers; on failure the process (our own child) is ended and the reason thrown. */
    public static void awaitPort(String service, Process process, int port, Duration timeout, Path logFile) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the " + service + " exited during start-up (exit code "
                        + process.exitValue() + "); last lines of " + logFile + ":\n" + tailOfLog(logFile, 12));
            }
            if (Ports.unreachableReason("127.0.0.1", port, 500) == null) {
                return;
            }
            sleep(Duration.ofMillis(100));
        }
        terminate(process.toHandle());
        throw new IllegalStateException("the " + service + " did not answer within " + timeout.toSeconds()
                + " s; last lines of " + logFile + ":\n" + tailOfLog(logFile, 12));
    }

    /** Waits (briefly) until the launched process has become the JVM, so that its recorded executable is final. */
    public static void awaitExec(Process process) {
        for (int i = 0;
                i < 50
                        && process.isAlive()
                        && process.info()
                                .command()
                                .map(c -> c.endsWith("/setsid"))
                                .orElse(false);
                i++) {
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

    public static String tailOfLog(Path logFile, int lines) {
        try {
            List<String> all = Files.readAllLines(logFile);
            return Failure.firstLines(
                    String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size())), lines);
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a service process", e);
        }
    }
}
