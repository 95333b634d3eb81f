package io.icebench.cli.command;

import io.icebench.cli.run.Durations;
import io.icebench.core.config.ConfigException;
import io.icebench.core.config.Defaults;
import io.icebench.core.config.Settings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Option;

/**
 * Options shared by {@code run} and {@code quickstart}. An option not given falls back to its environment
 * variable (or {@code benchmark.env}), then to the built-in default.
 */
final class BenchmarkOptions {

    @Option(names = "--engines", split = ",", description = "Engines to run, e.g. duckdb,spark; LABEL=ENGINE runs an engine "
            + "twice with different options (env ICEBENCH_ENGINES; default: every engine, those that cannot run here shown as unavailable).")
    List<String> engines;

    @Option(names = {"-E", "--engine-option"}, description = "ENGINE.KEY=VALUE passed to an engine, e.g. duckdb.threads=1 (repeatable).")
    List<String> engineOptions = new ArrayList<>();

    @Option(names = "--iterations", description = "Measured runs per query (env ICEBENCH_ITERATIONS; default 10).")
    Integer iterations;

    @Option(names = "--warmup", description = "Discarded warm-up runs after the cold run (env ICEBENCH_WARMUP; default 1).")
    Integer warmup;

    @Option(names = "--timeout", description = "Time budget per engine, e.g. 10m (env ICEBENCH_TIMEOUT; default 10m).")
    String timeout;

    @Option(names = "--query-timeout", description = "Time limit per query execution, e.g. 60s (env ICEBENCH_QUERY_TIMEOUT; default: none beyond --timeout).")
    String queryTimeout;

    @Option(names = "--parallel", description = "Engines run at once; above 1 every timing is marked contended (default 1).")
    Integer parallel;

    @Option(names = "--output", description = "Results file (env ICEBENCH_OUTPUT; default benchmark_results.json); JSON Lines go beside it.")
    Path output;

    @Option(names = "--print-results", description = "Print each query's result (first rows) once.")
    boolean printResults;

    @Option(names = "--queries", split = ",", description = "Only these queries of the suite, e.g. q1,q6.")
    List<String> queries;

    List<String> engines(Settings settings) {
        if (engines != null) {
            return engines;
        }
        return settings.get("ICEBENCH_ENGINES").map(v -> Arrays.asList(v.split(","))).orElse(List.of());
    }

    int iterations(Settings settings) {
        return iterations != null ? iterations : integer(settings, "ICEBENCH_ITERATIONS", Defaults.ITERATIONS);
    }

    int warmup(Settings settings) {
        return warmup != null ? warmup : integer(settings, "ICEBENCH_WARMUP", Defaults.WARMUP);
    }

    int parallel(Settings settings) {
        return parallel != null ? parallel : integer(settings, "ICEBENCH_PARALLEL", Defaults.PARALLEL);
    }

    Duration engineTimeout(Settings settings) {
        String text = timeout != null ? timeout : settings.get("ICEBENCH_TIMEOUT").orElse(null);
        return text == null ? Defaults.ENGINE_TIMEOUT : Durations.parse(text, "--timeout");
    }

    Duration queryTimeout(Settings settings) {
        String text = queryTimeout != null ? queryTimeout : settings.get("ICEBENCH_QUERY_TIMEOUT").orElse(null);
        return text == null ? null : Durations.parse(text, "--query-timeout");
    }

    Path output(Settings settings) {
        return output != null ? output : Path.of(settings.get("ICEBENCH_OUTPUT").orElse(Defaults.RESULTS_FILE));
    }

    Set<String> onlyQueries() {
        return queries == null ? Set.of() : new LinkedHashSet<>(queries.stream().map(String::strip).toList());
    }

    private static int integer(Settings settings, String key, int fallback) {
        String text = settings.get(key).orElse(null);
        if (text == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new ConfigException(key + "='" + text + "' is not a whole number");
        }
    }
}
