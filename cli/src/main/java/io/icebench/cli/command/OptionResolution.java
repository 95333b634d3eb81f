package io.icebench.cli.command;

import io.icebench.cli.command.BenchmarkRequest.AnswerCheck;
import io.icebench.cli.run.Durations;
import io.icebench.core.config.ConfigException;
import io.icebench.core.config.Defaults;
import io.icebench.core.config.Settings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Resolves the options of {@code run} and {@code quickstart}: an option given wins, then its environment variable
 * (or {@code benchmark.env}), then the built-in default. Text that is not what an option takes is refused here;
 * values out of range are refused by the request's parts as they are made.
 */
final class OptionResolution {

    private final BenchmarkOptions options;
    private final Settings settings;

    OptionResolution(BenchmarkOptions options, Settings settings) {
        this.options = options;
        this.settings = settings;
    }

    BenchmarkRequestBuilder request() {
        Iterations iterations = iterations();
        BenchmarkRequestBuilder builder = BenchmarkRequest.builder()
                .engines(options.engines.names(settings))
                .engineOptions(options.engines.options())
                .engineDefaults(options.engines.defaults(settings))
                .iterations(iterations)
                .warmup(
                        options.warmup != null
                                ? options.warmup
                                : integer("ICEBENCH_WARMUP", iterations.coldOnly() ? 0 : Defaults.WARMUP))
                .freshProcessColdRuns(freshProcessColdRuns())
                .dropCaches(options.dropCaches)
                .engineTimeout(duration(options.timeout, "ICEBENCH_TIMEOUT", "--timeout", Defaults.ENGINE_TIMEOUT))
                .queryTimeout(duration(options.queryTimeout, "ICEBENCH_QUERY_TIMEOUT", "--query-timeout", null))
                .parallel(options.parallel != null ? options.parallel : integer("ICEBENCH_PARALLEL", Defaults.PARALLEL))
                .answers(
                        options.noVerify
                                ? new AnswerCheck(null, options.reference)
                                : new AnswerCheck(tolerance(), options.reference))
                .output(
                        options.output != null
                                ? options.output
                                : Path.of(settings.get("ICEBENCH_OUTPUT").orElse(Defaults.RESULTS_FILE)))
                .writeReport(!options.noReport)
                .printResults(options.printResults)
                .snapshots(snapshots());
        return options.queries == null ? builder : builder.onlyQueries(onlyQueries());
    }

    private Iterations iterations() {
        String text = options.iterations != null
                ? options.iterations
                : settings.get("ICEBENCH_ITERATIONS").orElse(null);
        if (text != null && text.strip().equalsIgnoreCase("auto")) {
            return Iterations.auto(
                    options.maxIterations != null ? options.maxIterations : Defaults.AUTO_MAX_ITERATIONS,
                    options.maxTime == null ? Defaults.AUTO_TIME_CAP : Durations.parse(options.maxTime, "--max-time"));
        }
        if (options.maxIterations != null || options.maxTime != null) {
            throw new ConfigException("--max-iterations and --max-time go with --iterations auto");
        }
        if (text == null) {
            return Iterations.fixed(Defaults.ITERATIONS);
        }
        try {
            return Iterations.fixed(Integer.parseInt(text.strip()));
        } catch (NumberFormatException e) {
            throw new ConfigException((options.iterations != null ? "--iterations" : "ICEBENCH_ITERATIONS") + " '"
                    + text + "' is not a whole number or auto");
        }
    }

    /** Cold samples in fresh workers per query; 0 for the default first-run cold run. */
    private int freshProcessColdRuns() {
        String mode = options.cold == null ? "first-run" : options.cold.strip();
        if (mode.equals("fresh-process")) {
            int n = options.coldRuns == null ? Defaults.FRESH_PROCESS_COLD_RUNS : options.coldRuns;
            if (n < 1) {
                throw new ConfigException("--cold-runs must be at least 1");
            }
            return n;
        }
        if (!mode.equals("first-run")) {
            throw new ConfigException("--cold '" + options.cold + "' must be first-run or fresh-process");
        }
        if (options.coldRuns != null) {
            throw new ConfigException("--cold-runs goes with --cold fresh-process");
        }
        return 0;
    }

    private double tolerance() {
        if (options.tolerance != null) {
            return options.tolerance;
        }
        String text = settings.get("ICEBENCH_TOLERANCE").orElse(null);
        try {
            return text == null ? Defaults.ANSWER_TOLERANCE : Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new ConfigException("ICEBENCH_TOLERANCE='" + text + "' is not a number (e.g. 1e-9)");
        }
    }

    /** {@code --snapshot} entries by table name as given. */
    private Map<String, Long> snapshots() {
        Map<String, Long> byTable = new LinkedHashMap<>();
        for (String entry : options.snapshots) {
            int eq = entry.indexOf('=');
            try {
                if (eq > 0) {
                    byTable.put(
                            entry.substring(0, eq).strip(),
                            Long.parseLong(entry.substring(eq + 1).strip()));
                    continue;
                }
            } catch (NumberFormatException e) {
                // refused below
            }
            throw new ConfigException("--snapshot '" + entry + "' is not TABLE=SNAPSHOT_ID (e.g. tpch.lineitem=4242)");
        }
        return byTable;
    }

    private Set<String> onlyQueries() {
        return new LinkedHashSet<>(options.queries.stream().map(String::strip).toList());
    }

    private Duration duration(String given, String variable, String option, Duration fallback) {
        String text = given != null ? given : settings.get(variable).orElse(null);
        return text == null ? fallback : Durations.parse(text, option);
    }

    private int integer(String key, int fallback) {
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
