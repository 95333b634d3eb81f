package io.icebench.catalog.service;

import io.icebench.catalog.metastore.Ports;
import io.icebench.core.config.ConfigException;
import io.icebench.core.process.ProcessIdentity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Starts, finds and stops the embedded Iceberg REST catalog of a data directory (Iceberg's own REST adapter
 * in front of a JdbcCatalog on SQLite, on 127.0.0.1, behind a bearer token), shared between icebench commands
 * like the embedded metastore: start and stop under the service lock, one lease per command using it.
 * Everything lives under {@code <data dir>/rest}.
 */
public final class EmbeddedRestCatalog {

    public static final int DEFAULT_PORT = 8181;
    public static final String WAREHOUSE = "warehouse";
    private final Path dataDir;
    private final Path dir;
    private final Path logFile;
    private final Path tokenFile;
    private final RestCatalogSettings settings;
    private final ServiceStateFile<RestState> stateFile;
    private final ServiceLeases leases;
    private final RestCatalogProcess server;

    /** The REST catalog of {@code dataDir}; the server's build is found under {@code -Dicebench.home} (default: here). */
    public EmbeddedRestCatalog(Path dataDir) {
        this(
                dataDir,
                Path.of(System.getProperty("icebench.home", "."))
                        .toAbsolutePath()
                        .normalize());
    }

    public EmbeddedRestCatalog(Path dataDir, Path home) {
        this.dataDir = dataDir;
        this.dir = dataDir.resolve("rest");
        this.logFile = dir.resolve("rest-catalog.log");
        this.tokenFile = dir.resolve("token");
        this.settings = new RestCatalogSettings(dir.resolve("catalog.properties"));
        this.stateFile = new ServiceStateFile<>(dir.resolve("rest.json"), RestState.class, "REST catalog");
        this.leases = new ServiceLeases(dir);
        this.server = new RestCatalogProcess(home, logFile);
    }

    public record StartOutcome(RestState state, boolean started, List<String> notes) {}

    /**
     * @param state   what was recorded (null: nothing was)
     * @param stopped false when other commands still use it: it then stops when the last of them ends
     * @param users   the other commands (processes) using it
     */
    public record StopOutcome(RestState state, boolean stopped, List<ProcessIdentity> users, List<String> notes) {}

    /**
     * {@code rest start}: starts the catalog unless it already runs, and keeps it running until {@code rest stop}.
     * {@code port} 0 means 8181 if free, else any. {@code catalogProperties}: {@code warehouse} (default: local
     * files under {@code <data dir>/warehouse-rest}) and optionally {@code io-impl}, {@code s3.*}.
     */
    public StartOutcome start(int port, Map<String, String> catalogProperties) {
        return leases.locked(() -> {
            StartOutcome outcome = startLocked(port, catalogProperties);
            leases.keep();
            return outcome;
        });
    }

    /** For a command that needs the catalog: starts it unless it runs, and holds a lease until {@link #release()}. */
    public StartOutcome use(Map<String, String> catalogProperties) {
        return leases.locked(() -> {
            StartOutcome outcome = startLocked(0, catalogProperties);
            leases.acquire();
            return outcome;
        });
    }

    /** Gives up this process's lease; stops the catalog when nobody else uses it and the user did not keep it. */
    public Optional<RestState> release() {
        return leases.locked(() -> {
            leases.release();
            return leases.unused() ? stateFile.stop(new ArrayList<>()) : Optional.<RestState>empty();
        });
    }

    /** {@code rest stop}: stops it now when nobody uses it or {@code force}; else it stops after its last user. */
    public StopOutcome stop(boolean force) {
        return leases.locked(() -> {
            leases.unkeep();
            List<ProcessIdentity> users = leases.otherHolders();
            RestState state = stateFile.read().orElse(null);
            if (state == null || (!users.isEmpty() && !force)) {
                return new StopOutcome(state, false, users, List.of());
            }
            List<String> notes = new ArrayList<>();
            Optional<RestState> stopped = stateFile.stop(notes);
            return new StopOutcome(state, stopped.isPresent(), users, notes);
        });
    }

    /** The running catalog of this data directory, if its process is alive and its port answers. */
    public Optional<RestState> running() {
        return stateFile.running();
    }

    /** Describes a pid file whose process is gone or does not answer, or null when there is none. */
    public String staleStateProblem() {
        return stateFile.staleProblem();
    }

    /** The bearer token clients must send; generated once per data directory, kept in {@link #tokenFile()} (0600). */
    public String token() {
        return leases.locked(() -> {
            if (!Files.exists(tokenFile)) {
                byte[] random = new byte[32];
                new SecureRandom().nextBytes(random);
                PrivateFiles.write(
                        tokenFile, Base64.getUrlEncoder().withoutPadding().encodeToString(random) + "\n");
            }
            return PrivateFiles.read(tokenFile).strip();
        });
    }

    public Path tokenFile() {
        return tokenFile;
    }

    public Path logFile() {
        return logFile;
    }

    public String tailOfLog(int lines) {
        return server.tailOfLog(lines);
    }

    private StartOutcome startLocked(int requestedPort, Map<String, String> catalogProperties) {
        List<String> notes = new ArrayList<>();
        Map<String, String> wanted = withDefaults(catalogProperties);
        Optional<RestState> current = running();
        if (current.isPresent()) {
            differences(current.get(), catalogProperties, wanted).ifPresent(notes::add);
            return new StartOutcome(current.get(), false, notes);
        }
        if (stateFile.read().isPresent()) {
            stateFile.stop(notes);
        }
        int port = Ports.choose(requestedPort, DEFAULT_PORT, notes);
        token();
        createLocalWarehouse(wanted.get(WAREHOUSE));
        settings.write(port, tokenFile, dir.resolve("catalog.db"), wanted);
        RestCatalogProcess.Launched launched = server.launch(settings.path());
        Process process = launched.process();
        RestState state = new RestState(
                "http://127.0.0.1:" + port,
                port,
                process.pid(),
                wanted.get(WAREHOUSE),
                Instant.now().toString(),
                logFile.toString(),
                dataDir.toString(),
                tokenFile.toString(),
                ProcessIdentity.of(process.toHandle()).orElse(null));
        stateFile.write(state);
        try {
            server.awaitReady(launched);
        } catch (RuntimeException e) {
            stateFile.delete();
            throw e;
        }
        return new StartOutcome(state, true, notes);
    }

    /** A note when the running catalog is not what was asked for: it is used as it is, not restarted. */
    private Optional<String> differences(RestState state, Map<String, String> asked, Map<String, String> wanted) {
        if (asked.containsKey(WAREHOUSE) && !state.warehouse().equals(wanted.get(WAREHOUSE))) {
            return Optional.of("the REST catalog already runs with warehouse " + state.warehouse() + ", not "
                    + wanted.get(WAREHOUSE) + "; to use that one, stop it first (./icebench rest stop)");
        }
        Map<String, String> asRunning = settings.catalogProperties();
        Map<String, String> others = new TreeMap<>(asked);
        others.remove(WAREHOUSE);
        boolean differ = others.entrySet().stream().anyMatch(e -> !e.getValue().equals(asRunning.get(e.getKey())));
        return differ
                ? Optional.of("the REST catalog already runs with other catalog properties ("
                        + String.join(", ", others.keySet()) + "); to use these, stop it first (./icebench rest stop)")
                : Optional.empty();
    }

    private Map<String, String> withDefaults(Map<String, String> catalogProperties) {
        Map<String, String> wanted = new TreeMap<>(catalogProperties);
        wanted.computeIfAbsent(WAREHOUSE, k -> {
            String uri = dataDir.resolve("warehouse-rest").toUri().toString();
            return uri.endsWith("/") ? uri.substring(0, uri.length() - 1) : uri;
        });
        return wanted;
    }

    private static void createLocalWarehouse(String warehouse) {
        if (warehouse.startsWith("file:")) {
            try {
                Files.createDirectories(Path.of(java.net.URI.create(warehouse)));
            } catch (IOException | IllegalArgumentException e) {
                throw new ConfigException(
                        "cannot create the REST catalog's warehouse " + warehouse + ": " + e.getMessage());
            }
        }
    }
}
