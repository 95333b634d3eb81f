package io.icebench.catalog.metastore;

import io.icebench.catalog.service.ServiceLeases;
import io.icebench.catalog.service.ServiceStateFile;
import io.icebench.core.config.ConfigException;
import io.icebench.core.config.Defaults;
import io.icebench.core.process.ProcessIdentity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Starts, finds and stops the embedded metastore process of a data directory. Start and stop happen under
 * the data directory's service lock; every command that uses the metastore holds a lease on it, and the
 * metastore stops when the last user is done, unless the user started it with {@code metastore start}.
 */
public final class EmbeddedMetastore {

    private final Path dataDir;
    private final ServiceStateFile<MetastoreState> stateFile;
    private final Path logFile;
    private final MetastoreProcess server;
    private final ServiceLeases leases;

    public EmbeddedMetastore(Path dataDir) {
        this.dataDir = dataDir;
        this.stateFile = new ServiceStateFile<>(
                dataDir.resolve("metastore").resolve("metastore.json"), MetastoreState.class, "metastore");
        this.logFile = dataDir.resolve("logs").resolve("metastore.log");
        this.server = new MetastoreProcess(dataDir, logFile);
        this.leases = new ServiceLeases(dataDir.resolve("metastore"));
    }

    public Path logFile() {
        return logFile;
    }

    /** The running metastore of this data directory, if its process is alive and its port answers. */
    public Optional<MetastoreState> running() {
        return stateFile.running();
    }

    /** Describes a pid file whose process is gone or does not answer, or null when there is none. */
    public String staleStateProblem() {
        return stateFile.staleProblem();
    }

    /**
     * True when the running metastore was started with S3 settings ({@link MetastoreState#s3()} says which
     * endpoint). One started without them cannot create databases or tables on {@code s3://}: restart it.
     */
    public boolean servesS3() {
        return running().map(state -> state.s3() != null).orElse(false);
    }

    public record StartOutcome(MetastoreState state, boolean started, List<String> notes) {}

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
            return leases.unused() ? stateFile.stop(new ArrayList<>()) : Optional.<MetastoreState>empty();
        });
    }

    /**
     * @param state   what was recorded (null: nothing was)
     * @param stopped false when other commands still use it: it then stops when the last of them ends
     * @param users   the other commands (processes) using it
     */
    public record StopOutcome(MetastoreState state, boolean stopped, List<ProcessIdentity> users, List<String> notes) {}

    /** {@code metastore stop}: stops it now when nobody uses it or {@code force}; else it stops after its last user. */
    public StopOutcome stop(boolean force) {
        return leases.locked(() -> {
            leases.unkeep();
            List<ProcessIdentity> users = leases.otherHolders();
            MetastoreState state = stateFile.read().orElse(null);
            if (state == null || (!users.isEmpty() && !force)) {
                return new StopOutcome(state, false, users, List.of());
            }
            List<String> notes = new ArrayList<>();
            Optional<MetastoreState> stopped = stateFile.stop(notes);
            return new StopOutcome(state, stopped.isPresent(), users, notes);
        });
    }

    private StartOutcome startLocked(int requestedPort) {
        List<String> notes = new ArrayList<>();
        Optional<MetastoreState> current = running();
        if (current.isPresent()) {
            return new StartOutcome(current.get(), false, notes);
        }
        if (stateFile.read().isPresent()) {
            stateFile.stop(notes);
        }
        int port = Ports.choose(requestedPort, Defaults.METASTORE_PORT, notes);
        try {
            Files.createDirectories(logFile.getParent());
            Files.createDirectories(stateFile.path().getParent());
        } catch (IOException e) {
            throw new ConfigException("cannot create " + dataDir + ": " + e.getMessage()
                    + " (set ICEBENCH_DATA_DIR to a writable directory)");
        }
        Map<String, String> s3 = MetastoreS3.environment(dataDir);
        Map<String, String> environment = new HashMap<>(System.getenv());
        environment.putAll(s3);
        Process process = server.launch(port, s3);
        MetastoreState state = new MetastoreState(
                "thrift://127.0.0.1:" + port,
                port,
                process.pid(),
                Instant.now().toString(),
                logFile.toString(),
                dataDir.toString(),
                ProcessIdentity.of(process.toHandle()).orElse(null),
                MetastoreS3.describe(environment));
        stateFile.write(state);
        try {
            server.awaitReady(process, port);
        } catch (RuntimeException e) {
            stateFile.delete();
            throw e;
        }
        return new StartOutcome(state, true, notes);
    }

    public String tailOfLog(int lines) {
        return server.tailOfLog(lines);
    }
}
