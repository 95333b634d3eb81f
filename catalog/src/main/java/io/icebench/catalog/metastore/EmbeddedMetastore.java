package io.icebench.catalog.metastore;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.icebench.catalog.service.ServiceLeases;
import io.icebench.core.config.ConfigException;
import io.icebench.core.config.Defaults;
import io.icebench.core.process.ProcessIdentity;
import io.icebench.core.protocol.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Starts, finds and stops the embedded metastore process of a data directory. Start and stop happen under
 * the data directory's service lock; every command that uses the metastore holds a lease on it, and the
 * metastore stops when the last user is done, unless the user started it with {@code metastore start}.
 */
public final class EmbeddedMetastore {

    private static final ObjectMapper JSON = Json.MAPPER;
    private final Path dataDir;
    private final Path stateFile;
    private final Path logFile;
    private final MetastoreProcess server;
    private final ServiceLeases leases;

    public EmbeddedMetastore(Path dataDir) {
        this.dataDir = dataDir;
        this.stateFile = dataDir.resolve("metastore").resolve("metastore.json");
        this.logFile = dataDir.resolve("logs").resolve("metastore.log");
        this.server = new MetastoreProcess(dataDir, logFile);
        this.leases = new ServiceLeases(dataDir.resolve("metastore"));
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
        boolean alive = state.process() != null ? state.ownProcess().isPresent() : state.pidAlive();
        if (alive && Ports.unreachableReason("127.0.0.1", state.port(), 2000) == null) {
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
        if (state.ownProcess().isPresent()) {
            return "metastore process " + state.pid() + " is alive but does not answer on port " + state.port();
        }
        return state.pidAlive()
                ? "stale pid file " + stateFile + " (process " + state.pid() + " is not the metastore that wrote it)"
                : "stale pid file " + stateFile + " (process " + state.pid() + " is gone)";
    }

    public record StartOutcome(MetastoreState state, boolean started, List<String> notes) {
    }

    /**
     * {@code metastore start}: starts the metastore unless it already runs, and keeps it running until
     * {@code metastore stop}. {@code requestedPort} 0 means 9083 if free, else any.
     */
    public StartOutcome start(int requestedPort) {
        return leases.locked(() -> {
            StartOutcome outcome = startLocked(requestedPort);
            leases.keep();
            return outcome;
        });
    }

    /** For a command that needs the metastore: starts it unless it runs, and holds a lease until {@link #release()}. */
    public StartOutcome use() {
        return leases.locked(() -> {
            StartOutcome outcome = startLocked(0);
            leases.acquire();
            return outcome;
        });
    }

    /** Gives up this process's lease; stops the metastore when nobody else uses it and the user did not keep it. */
    public Optional<MetastoreState> release() {
        return leases.locked(() -> {
            leases.release();
            return leases.unused() ? stopLocked(new ArrayList<>()) : Optional.<MetastoreState>empty();
        });
    }

    /**
     * @param state   what was recorded (null: nothing was)
     * @param stopped false when other commands still use it: it then stops when the last of them ends
     * @param users   the other commands (processes) using it
     */
    public record StopOutcome(MetastoreState state, boolean stopped, List<ProcessIdentity> users, List<String> notes) {
    }

    /** {@code metastore stop}: stops it now when nobody uses it or {@code force}; else it stops after its last user. */
    public StopOutcome stop(boolean force) {
        return leases.locked(() -> {
            leases.unkeep();
            List<ProcessIdentity> users = leases.otherHolders();
            MetastoreState state = readState();
            if (state == null || (!users.isEmpty() && !force)) {
                return new StopOutcome(state, false, users, List.of());
            }
            List<String> notes = new ArrayList<>();
            Optional<MetastoreState> stopped = stopLocked(notes);
            return new StopOutcome(state, stopped.isPresent(), users, notes);
        });
    }

    private StartOutcome startLocked(int requestedPort) {
        List<String> notes = new ArrayList<>();
        Optional<MetastoreState> current = running();
        if (current.isPresent()) {
            return new StartOutcome(current.get(), false, notes);
        }
        if (readState() != null) {
            stopLocked(notes);
        }
        int port = choosePort(requestedPort, notes);
        try {
            Files.createDirectories(logFile.getParent());
            Files.createDirectories(stateFile.getParent());
        } catch (IOException e) {
            throw new ConfigException("cannot create " + dataDir + ": " + e.getMessage()
                    + " (set ICEBENCH_DATA_DIR to a writable directory)");
        }
        Process process = server.launch(port);
        MetastoreProcess.awaitExec(process);
        MetastoreState state = new MetastoreState("thrift://127.0.0.1:" + port, port, process.pid(),
                Instant.now().toString(), logFile.toString(), dataDir.toString(),
                ProcessIdentity.of(process.toHandle()).orElse(null));
        writeState(state);
        try {
            server.awaitReady(process, port);
        } catch (RuntimeException e) {
            deleteState();
            throw e;
        }
        return new StartOutcome(state, true, notes);
    }

    /** Ends the recorded process if it is still ours (never a process that merely has its pid) and forgets it. */
    private Optional<MetastoreState> stopLocked(List<String> notes) {
        MetastoreState state = readState();
        if (state == null) {
            return Optional.empty();
        }
        Optional<ProcessHandle> own = state.ownProcess();
        if (own.isPresent()) {
            boolean answered = Ports.unreachableReason("127.0.0.1", state.port(), 500) == null;
            MetastoreProcess.terminate(own.get());
            if (!answered) {
                notes.add("metastore process " + state.pid() + " did not answer on port " + state.port() + "; stopped it");
            }
        } else if (state.pidAlive()) {
            notes.add("removed stale pid file: process " + state.pid()
                    + " is not the metastore that wrote it (another process has that pid now); left it alone");
        } else {
            notes.add("removed stale pid file (process " + state.pid() + " is gone)");
        }
        deleteState();
        return own.isPresent() ? Optional.of(state) : Optional.empty();
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

    public String tailOfLog(int lines) {
        return server.tailOfLog(lines);
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
}
