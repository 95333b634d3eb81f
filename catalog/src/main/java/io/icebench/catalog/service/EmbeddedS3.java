package io.icebench.catalog.service;

import io.icebench.catalog.metastore.Ports;
import io.icebench.catalog.storage.S3Clients;
import io.icebench.core.config.ConfigException;
import io.icebench.core.process.ProcessIdentity;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;

/**
 * The embedded S3-compatible server of a data directory (s3proxy, filesystem backend, signatures checked, on
 * 127.0.0.1), its keys generated once and kept in {@code s3/credentials.json} (mode 0600), with the bucket
 * {@value #BUCKET}. Started, leased and stopped like the embedded metastore.
 */
public final class EmbeddedS3 {

    public static final String BUCKET = "icebench";
    public static final int DEFAULT_PORT = 9000;
    private final Path dataDir;
    private final Path credentialsFile;
    private final Path objects;
    private final Path logFile;
    private final ServiceStateFile<S3State> stateFile;
    private final ServiceLeases leases;
    private final S3ProxyProcess server;

    public EmbeddedS3(Path dataDir) {
        Path dir = dataDir.resolve("s3");
        this.dataDir = dataDir;
        this.credentialsFile = dir.resolve("credentials.json");
        this.objects = dir.resolve("objects");
        this.logFile = dir.resolve("s3proxy.log");
        this.stateFile = new ServiceStateFile<>(dir.resolve("s3.json"), S3State.class, S3ProxyProcess.SERVICE);
        this.leases = new ServiceLeases(dir);
        this.server = new S3ProxyProcess(dir, logFile);
    }

    public record StartOutcome(S3State state, boolean started, List<String> notes) {}

    /**
     * @param stopped false when other commands still use it: it then stops when the last of them ends
     * @param users   the other commands (processes) using it
     */
    public record StopOutcome(S3State state, boolean stopped, List<ProcessIdentity> users, List<String> notes) {}

    public Path logFile() {
        return logFile;
    }

    public Path credentialsFile() {
        return credentialsFile;
    }

    /** {@code s3 start}: starts the server unless it runs, and keeps it running until {@code s3 stop}. Port 0: 9000 if free, else any. */
    public StartOutcome start(int port) {
        return leases.locked(() -> {
            StartOutcome outcome = startLocked(port);
            leases.keep();
            return outcome;
        });
    }

    /** For a command that needs the server: starts it unless it runs, and holds a lease until {@link #release()}. */
    public StartOutcome use() {
        return leases.locked(() -> {
            StartOutcome outcome = startLocked(0);
            leases.acquire();
            return outcome;
        });
    }

    /** Gives up this process's lease; stops the server when nobody else uses it and the user did not keep it. */
    public Optional<S3State> release() {
        return leases.locked(() -> {
            leases.release();
            return leases.unused() ? stateFile.stop(new ArrayList<>()) : Optional.<S3State>empty();
        });
    }

    /** {@code s3 stop}: stops it now when nobody uses it or {@code force}; else it stops after its last user. */
    public StopOutcome stop(boolean force) {
        return leases.locked(() -> {
            leases.unkeep();
            List<ProcessIdentity> users = leases.otherHolders();
            S3State state = stateFile.read().orElse(null);
            if (state == null || (!users.isEmpty() && !force)) {
                return new StopOutcome(state, false, users, List.of());
            }
            List<String> notes = new ArrayList<>();
            Optional<S3State> stopped = stateFile.stop(notes);
            return new StopOutcome(state, stopped.isPresent(), users, notes);
        });
    }

    /** The running server of this data directory, if its process is alive and its port answers. */
    public Optional<S3State> running() {
        return stateFile.running();
    }

    /** Describes a pid file whose process is gone or does not answer, or null when there is none. */
    public String staleStateProblem() {
        return stateFile.staleProblem();
    }

    /** Endpoint and keys of the running server. */
    public S3Access access() {
        S3State state = running()
                .orElseThrow(() -> new ConfigException("the embedded S3 server of " + dataDir
                        + " is not running (start it with ./icebench s3 start)"));
        return S3Credentials.loadOrCreate(credentialsFile).access(state.endpoint());
    }

    public String tailOfLog(int lines) {
        return ServiceProcess.tailOfLog(logFile, lines);
    }

    private StartOutcome startLocked(int requestedPort) {
        List<String> notes = new ArrayList<>();
        Optional<S3State> current = running();
        if (current.isPresent()) {
            return new StartOutcome(current.get(), false, notes);
        }
        if (stateFile.read().isPresent()) {
            stateFile.stop(notes);
        }
        int port = Ports.choose(requestedPort, DEFAULT_PORT, notes);
        S3Credentials credentials = S3Credentials.loadOrCreate(credentialsFile);
        Process process = server.launch(port, credentials, objects);
        S3State state = new S3State(
                "http://127.0.0.1:" + port,
                port,
                process.pid(),
                Instant.now().toString(),
                logFile.toString(),
                dataDir.toString(),
                credentialsFile.toString(),
                objects.toString(),
                ProcessIdentity.of(process.toHandle()).orElse(null));
        stateFile.write(state);
        try {
            server.awaitReady(process, port);
            createBucket(credentials.access(state.endpoint()));
        } catch (RuntimeException e) {
            stateFile.stop(new ArrayList<>());
            throw e;
        }
        return new StartOutcome(state, true, notes);
    }

    /** Creates {@value #BUCKET} through a signed S3 request unless it exists: this also proves the keys work. */
    private static void createBucket(S3Access access) {
        try (S3Client client = S3Clients.of(access, Duration.ofSeconds(10))) {
            try {
                client.headBucket(r -> r.bucket(BUCKET));
            } catch (NoSuchBucketException e) {
                client.createBucket(r -> r.bucket(BUCKET));
            }
        }
    }
}
