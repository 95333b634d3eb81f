package io.icebench.cli.report;

import io.icebench.core.config.ConfigException;
import io.icebench.core.protocol.Json;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Every ETA a run shows, one JSON line each with its time ({@code scripts/bench-quickstart} compares them with the
 * run's real end). Switched on by the environment variable {@code ICEBENCH_PROGRESS_LOG=FILE}; off otherwise.
 */
final class EtaLog {

    static final String VARIABLE = "ICEBENCH_PROGRESS_LOG";

    private final BufferedWriter writer;
    private boolean broken;

    private EtaLog(BufferedWriter writer) {
        this.writer = writer;
    }

    /** The log named by {@code ICEBENCH_PROGRESS_LOG}, or null when it is not set. */
    static EtaLog fromEnvironment() {
        String file = System.getenv(VARIABLE);
        if (file == null || file.isBlank()) {
            return null;
        }
        try {
            return new EtaLog(Files.newBufferedWriter(
                    Path.of(file), StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND));
        } catch (IOException e) {
            throw new ConfigException(VARIABLE + "=" + file + " cannot be written (" + e.getMessage()
                    + "): name a writable file or unset it");
        }
    }

    /** {@code event}: started, estimate or finished; {@code etaSeconds} null when unknown. */
    synchronized void write(
            String event,
            long epochMs,
            String engine,
            String query,
            Double etaSeconds,
            Object guessed,
            Object remembered) {
        if (broken) {
            return;
        }
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("event", event);
        line.put("time_ms", epochMs);
        line.put("engine", engine);
        line.put("query", query);
        line.put("eta_s", etaSeconds);
        line.put("guessed", guessed);
        line.put("remembered", remembered);
        try {
            writer.write(Json.MAPPER.writeValueAsString(line));
            writer.newLine();
            writer.flush();
            if ("finished".equals(event)) {
                writer.close();
            }
        } catch (IOException e) {
            broken = true; // a diagnostic log never stops a run
        }
    }
}
