package io.icebench.cli.report;

import io.icebench.cli.run.RunListener;
import io.icebench.cli.run.RunPlan;
import io.icebench.core.model.BenchmarkResults;
import io.icebench.core.model.EngineRun;
import io.icebench.core.model.Failure;
import io.icebench.core.model.IterationResult;
import io.icebench.core.model.QueryRun;
import io.icebench.core.protocol.Json;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Appends every event of a run to a JSON Lines file as it happens (flushed each line), so that a crash
 * of the coordinator itself loses nothing measured.
 */
public final class JsonLinesWriter implements RunListener, AutoCloseable {

    private final BufferedWriter writer;

    public JsonLinesWriter(Path file) {
        try {
            this.writer = Files.newBufferedWriter(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private synchronized void write(String event, Object payload) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("event", event);
        line.put("at", java.time.Instant.now().toString());
        line.put("data", payload);
        try {
            writer.write(Json.MAPPER.writeValueAsString(line));
            writer.newLine();
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void runStarted(RunPlan plan) {
        write("run_started", Map.of("metastore", plan.metastoreUri(), "queries", plan.queries(),
                "engines", plan.engines().stream().map(e -> e.spec().label()).toList(),
                "iterations", plan.iterations(), "warmup", plan.warmup()));
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
        write("query_finished", data);
    }

    @Override
    public void engineFinished(EngineRun run) {
        write("engine_finished", Map.of("engine", run.name(), "status", run.status()));
    }

    @Override
    public void runFinished(BenchmarkResults results) {
        write("run_finished", results.summary());
    }

    @Override
    public synchronized void close() {
        try {
            writer.close();
        } catch (IOException ignored) {
            // nothing more to save
        }
    }
}
