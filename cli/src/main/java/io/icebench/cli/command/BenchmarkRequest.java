package io.icebench.cli.command;

import io.icebench.core.config.ConfigException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A benchmark as the user asked for it, in named parts, every default applied and every value checked once,
 * when its part is made. Made with {@link BenchmarkRequestBuilder}, which holds the defaults.
 *
 * @param keepMetastore leave an embedded metastore this run started running afterwards (quickstart)
 */
record BenchmarkRequest(
        Workload workload,
        EngineChoice engines,
        Measurement measurement,
        AnswerCheck answers,
        Outputs outputs,
        boolean keepMetastore) {

    static BenchmarkRequestBuilder builder() {
        return new BenchmarkRequestBuilder();
    }

    /**
     * What runs: one {@code query} ({@code {table}} replaced by {@code table}) or a {@code suite}, of which only
     * {@code onlyQueries} when not empty; unqualified tables in {@code namespace}; {@code snapshots} pins tables to
     * a snapshot id. Without {@code allowWrites} only one read-only statement per query is let through.
     */
    record Workload(
            String query,
            String table,
            String suite,
            Set<String> onlyQueries,
            String namespace,
            Map<String, Long> snapshots,
            boolean allowWrites) {

        Workload {
            onlyQueries = Collections.unmodifiableSet(new LinkedHashSet<>(onlyQueries));
            snapshots = Collections.unmodifiableMap(new LinkedHashMap<>(snapshots));
        }
    }

    /**
     * Which engines run: {@code names} as given ({@code LABEL=ENGINE} allowed; empty: every engine), their
     * {@code -E} options, and options per engine name from engine-specific flags, which {@code -E} overrides.
     */
    record EngineChoice(List<String> names, List<String> options, Map<String, Map<String, String>> defaults) {

        EngineChoice {
            names = List.copyOf(names);
            options = List.copyOf(options);
            defaults = Map.copyOf(defaults);
        }

        /** The user named the engines (otherwise every engine runs, and one unavailable here is no failure). */
        boolean named() {
            return !names.isEmpty();
        }
    }

    /**
     * How each query is measured: a cold run, {@code warmup} discarded runs and {@code iterations} measured
     * ones; {@code freshProcessColdRuns} above 0: that many cold runs in new workers; {@code queryTimeout} null:
     * none beyond the engine's {@code engineTimeout}; {@code parallel} engines at once.
     */
    record Measurement(
            Iterations iterations,
            int warmup,
            int freshProcessColdRuns,
            boolean dropCaches,
            Duration engineTimeout,
            Duration queryTimeout,
            int parallel) {

        Measurement {
            if (warmup < 0) {
                throw new ConfigException("--warmup must be 0 or more");
            }
            if (iterations.coldOnly() && warmup > 0) {
                throw new ConfigException("--iterations 0 measures each query's cold run only, so warm-up runs would"
                        + " be thrown away: drop --warmup or measure at least one run");
            }
            if (freshProcessColdRuns < 0) {
                throw new ConfigException("--cold-runs must be at least 1");
            }
            if (parallel < 1) {
                throw new ConfigException("--parallel must be at least 1");
            }
        }
    }

    /**
     * Whether and how answers are compared across engines: {@code tolerance} null means not at all; else the
     * relative tolerance for floating values. {@code reference}: the engine (label) whose answers are right;
     * null: a strict majority decides.
     */
    record AnswerCheck(Double tolerance, String reference) {

        static final AnswerCheck OFF = new AnswerCheck(null, null);

        AnswerCheck {
            if (tolerance != null && !(tolerance >= 0 && tolerance < 1)) {
                throw new ConfigException("--tolerance must be at least 0 and below 1 (e.g. 1e-9), not " + tolerance);
            }
        }
    }

    /** Where results go: the results file (JSON Lines beside it), report files beside it, result rows printed. */
    record Outputs(Path results, boolean writeReport, boolean printResults) {}
}
