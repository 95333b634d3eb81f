package io.icebench.catalog.service;

import io.icebench.catalog.metastore.Ports;
import io.icebench.core.protocol.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;

/**
 * The pid file of an embedded service: written when it starts, read by later commands, and judged stale when
 * its process is gone, answers no more, or its pid now belongs to another process.
 */
public final class ServiceStateFile<S extends ServiceState> {

    private final Path file;
    private final Class<S> type;
    private final String service;

    /** @param service how messages name the service ("metastore", "S3 server") */
    public ServiceStateFile(Path file, Class<S> type, String service) {
        this.file = file;
        this.type = type;
        this.service = service;
    }

    public Path path() {
        return file;
    }

    /** The recorded state, when a readable file exists. */
    public Optional<S> read() {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Json.MAPPER.readValue(file.toFile(), type));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    public void write(S state) {
        try {
            Files.createDirectories(file.getParent());
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            Json.MAPPER.writerWithDefaultPrettyPrinter().writeValue(tmp.toFile(), state);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    public void delete() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a later start reports it as stale
        }
    }

    /** The recorded service, if its process is alive and its port answers. */
    public Optional<S> running() {
        return read().filter(state -> alive(state) && whyUnanswered(state.port()) == null);
    }

    private static boolean alive(ServiceState state) {
        return state.process() != null ? state.ownProcess().isPresent() : state.pidAlive();
    }

    /**
     * Why the port does not answer, or null when it does. A refused connection fails at once; a connection that
     * times out is tried again, since on a machine a benchmark keeps busy the caller can miss a 2 s deadline while
     * the service is fine.
     */
    private static String whyUnanswered(int port) {
        String reason = null;
        for (int attempt = 0; attempt < 3; attempt++) {
            reason = Ports.unreachableReason("127.0.0.1", port, 2000);
            if (reason == null || !reason.toLowerCase(java.util.Locale.ROOT).contains("timed out")) {
                return reason;
            }
        }
        return reason;
    }

    /** Describes a pid file whose process is gone or does not answer, or null when there is none. */
    public String staleProblem() {
        Optional<S> recorded = read();
        if (recorded.isEmpty()) {
            return null;
        }
        S state = recorded.get();
        String unanswered = alive(state) ? whyUnanswered(state.port()) : "";
        if (unanswered == null) {
            return null; // running
        }
        if (state.ownProcess().isPresent()) {
            return service + " process " + state.pid() + " is alive but does not answer on port " + state.port() + " ("
                    + unanswered + ")";
        }
        return state.pidAlive()
                ? "stale pid file " + file + " (process " + state.pid() + " is not the " + service + " that wrote it)"
                : "stale pid file " + file + " (process " + state.pid() + " is gone)";
    }

    /**
     * Ends the recorded process if it is still ours (never a process that merely has its pid) and forgets it.
     * Returns the state of the process it stopped; what it found otherwise goes to {@code notes}.
     */
    public Optional<S> stop(List<String> notes) {
        Optional<S> recorded = read();
        if (recorded.isEmpty()) {
            return Optional.empty();
        }
        S state = recorded.get();
        Optional<ProcessHandle> own = state.ownProcess();
        if (own.isPresent()) {
            boolean answered = Ports.unreachableReason("127.0.0.1", state.port(), 500) == null;
            ServiceProcess.terminate(own.get());
            if (!answered) {
                notes.add(service + " process " + state.pid() + " did not answer on port " + state.port()
                        + "; stopped it");
            }
        } else if (state.pidAlive()) {
            notes.add("removed stale pid file: process " + state.pid() + " is not the " + service
                    + " that wrote it (another process has that pid now); left it alone");
        } else {
            notes.add("removed stale pid file (process " + state.pid() + " is gone)");
        }
        delete();
        return own.isPresent() ? recorded : Optional.empty();
    }
}
