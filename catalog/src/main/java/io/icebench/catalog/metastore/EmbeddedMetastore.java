package io.icebench.catalog.metastore;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.icebench.core.config.ConfigException;
import io.icebench.core.config.Defaults;
import io.icebench.core.model.Failure;
import io.icebench.core.protocol.Json;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Starts, finds and stops the embedded metastore process of a data directory. */
public final class EmbeddedMetastore {

    private static final ObjectMapper JSON = Json.MAPPER;
    private final Path dataDir;
    private final Path stateFile;
    private final Path logFile;

    public EmbeddedMetastore(Path dataDir) {
        this.dataDir = dataDir;
        this.stateFile = dataDir.resolve("metastore").resolve("metastore.json");
        this.logFile = dataDir.resolve("logs").resolve("metastore.log");
    }

    public Path logFile() {
        return logFile;
    }

    /** The running metastore of this data directory, if its process is alive and its port answers. */
    public Optional<MetastoreState> running() {
        MetastoreState state = readState();
        if (state == null) {
            return Optional.empty();
        }
        if (isAlive(state.pid()) && Ports.unreachableReason("127.0.0.1", state.port(), 2000) == null) {
            return Optional.of(state);
        }
        return Optional.empty();
    }

    /** Describes a pid file whose process is gone or does not answer, or null when there is none. */
    public String staleStateProblem() {
        MetastoreState state = readState();
        if (state == null || running().isPresent()) {
            return null;
        }
        return isAlive(state.pid())
                ? "metastore process " + state.pid() + " is alive but does not answer on port " + state.port()
                : "stale pid file " + stateFile + " (process " + state.pid() + " is gone)";
    }

    public record StartOutcome(MetastoreState state, boolean started, List<String> notes) {
    }

    /** Starts the metastore unless it already runs. {@code requestedPort} 0 means 9083 if free, else any. */
    public StartOutcome start(int requestedPort) {
        List<String> notes = new ArrayList<>();
        Optional<MetastoreState> current = running();
        if (current.isPresent()) {
            return new StartOutcome(current.get(), false, notes);
        }
        MetastoreState stale = readState();
        if (stale != null) {
            if (isAlive(stale.pid())) {
                notes.add("metastore process " + stale.pid() + " did not answer on port " + stale.port() + "; stopped it");
                terminate(stale.pid());
            } else {
                notes.add("removed stale pid file (process " + stale.pid() + " is gone)");
            }
            deleteState();
        }
        int port = choosePort(requestedPort, notes);
        try {
            Files.createDirectories(logFile.getParent());
            Files.createDirectories(stateFile.getParent());
        } catch (IOException e) {
            throw new ConfigException("cannot create " + dataDir + ": " + e.getMessage()
                    + " (set ICEBENCH_DATA_DIR to a writable directory)");
        }
        Process process = launch(port);
        MetastoreState state = new MetastoreState("thrift://127.0.0.1:" + port, port, process.pid(),
                Instant.now().toString(), logFile.toString(), dataDir.toString());
        writeState(state);
        awaitReady(process, state);
        return new StartOutcome(state, true, notes);
    }

    private int choosePort(int requestedPort, List<String> notes) {
        if (requestedPort > 0) {
            if (!Ports.isFree(requestedPort)) {
                throw new ConfigException("port " + requestedPort + " is in use by another process; "
                        + "choose another with --port, or leave --port out to pick a free one");
            }
            return requestedPort;
        }
        if (Ports.isFree(Defaults.METASTORE_PORT)) {
            return Defaults.METASTORE_PORT;
        }
        int port = Ports.freePort();
        notes.add("port " + Defaults.METASTORE_PORT + " is busy; using port " + port);
        return port;
    }

    private Process launch(int port) {
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

    private void awaitReady(Process process, MetastoreState state) {
        long deadline = System.nanoTime() + Defaults.METASTORE_START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                deleteState();
                throw new IllegalStateException("the metastore exited during start-up (exit code "
                        + process.exitValue() + "); last lines of " + logFile + ":\n" + tailOfLog(12));
            }
            if (Ports.unreachableReason("127.0.0.1", state.port(), 500) == null) {
                return;
            }
            sleep(Duration.ofMillis(100));
        }
        terminate(process.pid());
        deleteState();
        throw new IllegalStateException("the metastore did not answer within "
                + Defaults.METASTORE_START_TIMEOUT.toSeconds() + " s; last lines of " + logFile + ":\n" + tailOfLog(12));
    }

    /** Stops the metastore; returns the state it had, or empty when none was recorded. */
    public Optional<MetastoreState> stop() {
        MetastoreState state = readState();
        if (state == null) {
            return Optional.empty();
        }
        terminate(state.pid());
        deleteState();
        return Optional.of(state);
    }

    private static boolean isAlive(long pid) {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    private static void terminate(long pid) {
        ProcessHandle.of(pid).ifPresent(handle -> {
            handle.destroy();
            try {
                handle.onExit().get(15, java.util.concurrent.TimeUnit.SECONDS);
            } catch (Exception e) {
                handle.destroyForcibly();
                try {
                    handle.onExit().get(5, java.util.concurrent.TimeUnit.SECONDS);
                } catch (Exception ignored) {
                    // reported by the caller's status check
                }
            }
        });
    }

    public String tailOfLog(int lines) {
        try {
            List<String> all = Files.readAllLines(logFile);
            return Failure.firstLines(String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size())), lines);
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    private MetastoreState readState() {
        if (!Files.exists(stateFile)) {
            return null;
        }
        try {
            return JSON.readValue(stateFile.toFile(), MetastoreState.class);
        } catch (IOException e) {
            return null;
        }
    }

    private void writeState(MetastoreState state) {
        try {
            Path tmp = stateFile.resolveSibling("metastore.json.tmp");
            JSON.writerWithDefaultPrettyPrinter().writeValue(tmp.toFile(), state);
            Files.move(tmp, stateFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write " + stateFile + ": " + e.getMessage(), e);
        }
    }

    private void deleteState() {
        try {
            Files.deleteIfExists(stateFile);
        } catch (IOException ignored) {
            // a later start reports it as stale
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
