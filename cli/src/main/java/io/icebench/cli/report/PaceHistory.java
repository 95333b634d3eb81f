package io.icebench.cli.report;

import com.fasterxml.jackson.core.type.TypeReference;
import io.icebench.cli.run.Query;
import io.icebench.cli.run.RunPlan;
import io.icebench.core.config.UserCache;
import io.icebench.core.protocol.Json;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Each engine's pace on a given work in earlier runs, so that the ETA of an engine not started yet comes from what
 * it took last time rather than from the other engines' pace. Kept in the user's cache beside the engines
 * ({@code ~/.cache/icebench/pace-history.json}), by engine and work: the same queries on tables of the same names
 * and row counts (a regenerated data set is the same work). A history that cannot be read or written is ignored:
 * the ETA is a guide, never a reason to stop a run. Where the user's history has no pace for an engine, icebench's
 * reference paces may ({@code /eta/reference-paces.json}: the quickstart's work, measured on 2 cores), so that a first
 * quickstart does not guess Spark's minutes from DuckDB's seconds. {@code ICEBENCH_PACE_HISTORY} names another file
 * (a benchmark of the first run's ETA starts from an empty one).
 */
final class PaceHistory {

    private static final TypeReference<TreeMap<String, RunEta.Pace>> TYPE = new TypeReference<>() {};

    static final String REFERENCE = "/eta/reference-paces.json";

    /** Where a pace comes from: the user's own earlier run, or icebench's reference run of the same work. */
    enum Source {
        OWN,
        REFERENCE
    }

    record Remembered(RunEta.Pace pace, Source source) {}

    private final Path file;
    private final Map<String, RunEta.Pace> paces;
    private final Map<String, RunEta.Pace> reference;

    private PaceHistory(Path file, Map<String, RunEta.Pace> paces, Map<String, RunEta.Pace> reference) {
        this.file = file;
        this.paces = paces;
        this.reference = reference;
    }

    static Path defaultFile() {
        String named = System.getenv("ICEBENCH_PACE_HISTORY");
        return named != null && !named.isBlank()
                ? Path.of(named)
                : UserCache.dir().resolve("pace-history.json");
    }

    /** The history in {@code file}, with icebench's reference paces behind it. */
    static PaceHistory load(Path file) {
        return new PaceHistory(file, read(file), reference());
    }

    /**
     * The user's pace for the engine on this work ({@code {options}hash}, as {@link RunProgress} keys it), else the
     * reference's for the same engine and work with any options (the quickstart's Spark setting follows the cores);
     * null when neither knows it.
     */
    Remembered remembered(String engine, String work) {
        RunEta.Pace own = paces.get(engine + " " + work);
        if (own != null) {
            return new Remembered(own, Source.OWN);
        }
        String hash = work.substring(work.lastIndexOf('}') + 1);
        return reference.entrySet().stream()
                .filter(entry -> entry.getKey().startsWith(engine + " {")
                        && entry.getKey().endsWith("}" + hash))
                .findFirst()
                .map(entry -> new Remembered(entry.getValue(), Source.REFERENCE))
                .orElse(null);
    }

    /** The works icebench's reference paces are for, by engine (its label and options, as keyed). */
    static Map<String, RunEta.Pace> reference() {
        try (InputStream in = PaceHistory.class.getResourceAsStream(REFERENCE)) {
            return in == null ? Map.of() : Json.MAPPER.readValue(in, TYPE);
        } catch (IOException | RuntimeException e) {
            return Map.of();
        }
    }

    private static Map<String, RunEta.Pace> read(Path file) {
        try {
            return Json.MAPPER.readValue(file.toFile(), TYPE);
        } catch (IOException | RuntimeException e) {
            return new TreeMap<>();
        }
    }

    /** Records the pace and writes the file (a new file moved into place: a reader never sees half of it). */
    void remember(String engine, String work, RunEta.Pace pace) {
        paces.put(engine + " " + work, pace);
        try {
            Files.createDirectories(file.getParent());
            Path written = Files.createTempFile(file.getParent(), "pace-history", ".tmp");
            Files.writeString(written, Json.MAPPER.writeValueAsString(paces), StandardCharsets.UTF_8);
            Files.move(written, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            // a history not kept only makes the next ETA a guess
        }
    }

    /** What identifies a run's work: its queries (ids and SQL) and its tables' names and row counts. */
    static String work(RunPlan plan) {
        return work(
                plan.queries(),
                plan.tables().stream()
                        .map(table -> table.namespace() + "." + table.name() + "=" + table.rows())
                        .toList(),
                plan.warmup(),
                plan.autoIterations(),
                plan.iterations());
    }

    /** {@code tables}: {@code namespace.name=rows}, in the plan's order (by name). */
    static String work(List<Query> queries, List<String> tables, int warmup, boolean auto, int iterations) {
        StringBuilder text = new StringBuilder();
        for (Query query : queries) {
            text.append(query.id()).append('\n').append(query.sql()).append('\n');
        }
        for (String table : tables) {
            text.append(table).append('\n');
        }
        text.append(warmup).append(' ').append(auto).append(' ').append(iterations);
        try {
            byte[] digest =
                    MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
