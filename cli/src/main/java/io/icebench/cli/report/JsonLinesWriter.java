package io.icebench.cli.report;

import io.icebench.cli.run.RunListener;
import io.icebench.cli.run.RunPlan;
import io.icebench.core.config.ConfigException;
import io.icebench.core.model.BenchmarkResults;
import io.icebench.core.model.EngineRun;
import io.icebench.core.model.Environment;
import io.icebench.core.model.Failure;
import io.icebench.core.model.IterationResult;
import io.icebench.core.model.QueryRun;
import io.icebench.core.model.RunSettings;
import io.icebench.core.model.TableInfo;
import io.icebench.core.protocol.Json;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Appends every event of a run to a JSON Lines file as it happens, so that a crash of the coordinator itself
 * loses nothing measured; {@link JsonLinesResults} rebuilds the results from it. The run holds a lock on the
 * file from start to end: a second run with the same output is refused instead of mixing or deleting lines.
 * When a line cannot be written (disk full), the file is cut back to the last complete line and kept.
 */
public final class JsonLinesWriter implements RunListener, AutoCloseable {

    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;
    private final boolean created;
    private boolean started;
    private Environment environment;
    private RunSettings settings;
    private long complete;
    private long lines;
    private IOException failure;

    private JsonLinesWriter(Path file, FileChannel channel, FileLock lock, boolean created) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
        this.created = created;
    }

    /**
     * Takes the file for this run, refusing one that another live run is writing. The previous run's lines stay
     * until this run starts (a usage error found while planning loses nothing).
     */
    public static JsonLinesWriter claim(Path file) {
        Path path = file.toAbsolutePath();
        OutputTargets.require(path, "--output");
        FileChannel channel = null;
        try {
            boolean created = !Files.exists(path, LinkOption.NOFOLLOW_LINKS);
            channel = FileChannel.open(
                    path, StandardOpenOption.CREATE, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
            FileLock lock = tryLock(channel);
            if (lock == null) {
                channel.close();
                throw new ConfigException("--output: another icebench run is writing " + path
                        + " right now; wait for it to finish or choose another --output");
            }
            return new JsonLinesWriter(path, channel, lock, created);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new ConfigException("cannot write " + path + " (" + OutputTargets.reason(e)
                    + "); choose a writable place with --output");
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null;
        }
    }

    /** Whether another live run holds {@code file}. */
    public static boolean isLocked(Path file) {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS)) {
            FileLock lock = tryLock(channel);
            if (lock != null) {
                lock.release();
            }
            return lock == null;
        } catch (IOException e) {
            return false;
        }
    }

    /** The environment and settings the results will carry, written with the run's first line. */
    public void describe(Environment environment, RunSettings settings) {
        this.environment = environment;
        this.settings = settings;
    }

    private synchronized void write(String event, Object payload) {
        if (failure != null) {
            return;
        }
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("event", event);
        line.put("at", java.time.Instant.now().toString());
        line.put("data", payload);
        try {
            ByteBuffer bytes =
                    ByteBuffer.wrap((Json.MAPPER.writeValueAsString(line) + "\n").getBytes(StandardCharsets.UTF_8));
            while (bytes.hasRemaining()) {
                channel.write(bytes);
            }
            complete = channel.position();
            lines++;
        } catch (IOException e) {
            failure = e;
            try {
                channel.truncate(complete);
            } catch (IOException ignored) {
                // the reader skips a cut last line anyway
            }
        }
    }

    /** What went wrong writing the file (it holds every line before it), or null. */
    public synchronized String failure() {
        return failure == null
                ? null
                : "cannot write " + file + " (" + OutputTargets.reason(failure) + "); it keeps the " + lines
                        + " complete lines written before";
    }

    public Path path() {
        return file;
    }

    @Override
    public void runStarted(RunPlan plan) {
        synchronized (this) {
            started = true;
            try {
                channel.truncate(0);
            } catch (IOException e) {
                failure = e;
            }
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("metastore", plan.catalogUri());
        data.put("catalog", plan.connection().describe());
        data.put("queries", plan.queries());
        data.put("engines", plan.engines().stream().map(e -> e.spec().label()).toList());
        data.put("iterations", plan.iterations());
        data.put("warmup", plan.warmup());
        data.put("tables", plan.tables().stream().map(TableInfo::of).toList());
        data.put("environment", environment);
        data.put("settings", settings);
        write("run_started", data);
    }

    @Override
    public void engineReady(String engine, String version, double startupMs, double setupMs, Long rss) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("engine", engine);
        data.put("version", version);
        data.put("startup_ms", startupMs);
        data.put("setup_ms", setupMs);
        data.put("rss_after_setup_bytes", rss);
        write("engine_ready", data);
    }

    @Override
    public void engineFailed(String engine, Failure failure) {
        write("engine_failed", Map.of("engine", engine, "error", failure));
    }

    @Override
    public void iteration(IterationResult result, int of) {
        write("iteration", result);
    }

    @Override
    public void queryFinished(String engine, QueryRun run) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("engine", engine);
        data.put("query", run.id());
        data.put("status", run.status());
        data.put("error", run.error());
        data.put("stats", run.stats());
        data.put("rows", run.rows());
        data.put("fingerprint", run.fingerprint());
        data.put("run", run);
        write("query_finished", data);
    }

    @Override
    public void engineFinished(EngineRun run) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("engine", run.name());
        data.put("status", run.status());
        data.put("run", run.withQueries(List.of()));
        write("engine_finished", data);
    }

    @Override
    public void runFinished(BenchmarkResults results) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("summary", results.summary());
        data.put("verification", results.verification());
        data.put("interrupted", results.interrupted());
        write("run_finished", data);
    }

    @Override
    public synchronized void close() {
        try {
            if (created && !started) {
                Files.deleteIfExists(file); // made for a run that never started
            }
            lock.release();
        } catch (IOException ignored) {
            // closing the channel releases the lock too
        }
        closeQuietly(channel);
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            if (channel != null) {
                channel.close();
            }
        } catch (IOException ignored) {
            // nothing more to save
        }
    }
}
