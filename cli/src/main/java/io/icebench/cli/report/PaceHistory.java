package io.icebench.cli.report;

import com.fasterxml.jackson.core.type.TypeReference;
import io.icebench.cli.run.Query;
import io.icebench.cli.run.RunPlan;
import io.icebench.core.config.UserCache;
import io.icebench.core.model.TableSnapshot;
import io.icebench.core.protocol.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * Each engine's pace on a given work in earlier runs, so that the ETA of an engine not started yet comes from what
 * it took last time rather than from the other engines' pace. Kept in the user's cache beside the engines
 * ({@code ~/.cache/icebench/pace-history.json}), by engine and work: the same queries on tables of the same names
 * and row counts (a regenerated data set is the same work). A history that cannot be read or written is ignored:
 * the ETA is a guide, never a reason to stop a run.
 */
final class PaceHistory {

    private static final TypeReference<TreeMap<String, RunEta.Pace>> TYPE = new TypeReference<>() {};

    private final Path file;
    private final Map<String, RunEta.Pace> paces;

    private PaceHistory(Path file, Map<String, RunEta.Pace> paces) {
        this.file = file;
        this.paces = paces;
    }

    static Path defaultFile() {
        return UserCache.dir().resolve("pace-history.json");
    }

    static PaceHistory load(Path file) {
        try {
            return new PaceHistory(file, Json.MAPPER.readValue(file.toFile(), TYPE));
        } catch (IOException | RuntimeException e) {
            return new PaceHistory(file, new TreeMap<>());
        }
    }

    RunEta.Pace get(String engine, String work) {
        return paces.get(engine + " " + work);
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
        StringBuilder text = new StringBuilder();
        for (Query query : plan.queries()) {
            text.append(query.id()).append('\n').append(query.sql()).append('\n');
        }
        for (TableSnapshot table : plan.tables()) {
            text.append(table.namespace())
                    .append('.')
                    .append(table.name())
                    .append('=')
                    .append(table.rows());
            text.append('\n');
        }
        text.append(plan.warmup())
                .append(' ')
                .append(plan.autoIterations())
                .append(' ')
                .append(plan.iterations());
        try {
            byte[] digest =
                    MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
