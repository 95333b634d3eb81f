package io.icebench.cli.engine;

import io.icebench.cli.run.WorkerFailure;
import io.icebench.cli.run.WorkerProcess;
import io.icebench.core.protocol.Message;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * The version each engine's worker reports when it starts (its hello). A worker whose identity ({@link
 * WorkerIdentity}: the same command, environment and files) started here before is not started again: its version
 * is read from the cache ({@code $ICEBENCH_ENGINE_CACHE}, else {@code $XDG_CACHE_HOME/icebench/engines}, else
 * {@code ~/.cache/icebench/engines}). The others start one per core at a time, each answer is remembered on success only.
 */
public final class WorkerVersions {

    /** What starting (or having started) one engine's worker said: a version, or why it could not start. */
    public record Probe(String version, String failure, boolean remembered) {}

    private static final Duration HELLO_WAIT = Duration.ofMinutes(1);
    /** One JVM start per core: more at once only make each slower (and late for its one-minute hello). */
    private static final int STARTS_AT_ONCE = Math.max(2, Runtime.getRuntime().availableProcessors());

    private final Path cache;
    private final Path logs;

    public WorkerVersions(Path cache, Path logs) {
        this.cache = cache;
        this.logs = logs;
    }

    /** Each engine's probe, by name, in the given order; {@code fresh} starts every worker whatever the cache says. */
    public Map<String, Probe> probe(List<EngineDescriptor> engines, boolean fresh) throws InterruptedException {
        return probe(engines, fresh, names -> {});
    }

    /** As {@link #probe(List, boolean)}; {@code starting} is told which engines' workers must start, before they do. */
    public Map<String, Probe> probe(List<EngineDescriptor> engines, boolean fresh, Consumer<List<String>> starting)
            throws InterruptedException {
        Map<String, Probe> probes = new LinkedHashMap<>();
        Map<String, Future<Probe>> started = new LinkedHashMap<>();
        List<EngineDescriptor> toStart = new ArrayList<>();
        for (EngineDescriptor engine : engines) {
            Probe remembered = fresh ? null : remembered(engine);
            probes.put(engine.name(), remembered);
            if (remembered == null) {
                toStart.add(engine);
            }
        }
        if (!toStart.isEmpty()) {
            starting.accept(toStart.stream().map(EngineDescriptor::name).toList());
            ExecutorService pool = Executors.newFixedThreadPool(Math.min(toStart.size(), STARTS_AT_ONCE));
            try {
                toStart.forEach(engine -> started.put(engine.name(), pool.submit(() -> start(engine))));
                for (Map.Entry<String, Future<Probe>> entry : started.entrySet()) {
                    probes.put(entry.getKey(), entry.getValue().get());
                }
            } catch (ExecutionException e) {
                throw new IllegalStateException("probing an engine's worker failed", e.getCause());
            } finally {
                pool.shutdownNow();
            }
        }
        return probes;
    }

    private Probe remembered(EngineDescriptor engine) {
        Path file = entry(engine);
        try {
            return file == null || !Files.isRegularFile(file)
                    ? null
                    : new Probe(Files.readString(file, StandardCharsets.UTF_8).strip(), null, true);
        } catch (IOException e) {
            return null; // an unreadable entry is a miss: the worker is started
        }
    }

    private Probe start(EngineDescriptor engine) {
        String version;
        try (WorkerProcess worker = WorkerProcess.start(
                engine.command(), logs.resolve("engines-" + engine.name() + ".log"), engine.environment())) {
            Message hello = worker.receive(HELLO_WAIT, engine.name() + " worker start-up");
            version = ((Message.Hello) hello).version();
        } catch (WorkerFailure e) {
            return new Probe(
                    null, e.failure().kind().label() + ": " + e.failure().oneLine(), false);
        } catch (IOException e) {
            return new Probe(null, "setup: cannot start the worker: " + e.getMessage(), false);
        }
        remember(engine, version);
        return new Probe(version, null, false);
    }

    private void remember(EngineDescriptor engine, String version) {
        Path file = entry(engine);
        if (file == null || version == null) {
            return;
        }
        try {
            Files.createDirectories(cache);
            Path partial = Files.createTempFile(cache, engine.name(), ".part");
            Files.writeString(partial, version, StandardCharsets.UTF_8);
            Files.move(partial, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            // a cache that cannot be written only means the next listing starts this worker again
        }
    }

    /** The cache entry of this engine's worker as it is now; null when its identity cannot be read. */
    private Path entry(EngineDescriptor engine) {
        String identity = WorkerIdentity.of(engine.command(), engine.environment());
        return identity == null ? null : cache.resolve(engine.name() + "-" + identity + ".version");
    }
}
