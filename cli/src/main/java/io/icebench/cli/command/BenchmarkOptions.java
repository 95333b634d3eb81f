package io.icebench.cli.command;

import io.icebench.cli.run.Durations;
import io.icebench.core.config.ConfigException;
import io.icebench.core.config.Defaults;
import io.icebench.core.config.Settings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import io.icebench.cli.engine.EngineSpec;
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

    @Option(names = "--iterations", description = "Measured runs per query, or auto: until the median's 95% interval is "
            + "within ±5% (from 6 runs), --max-iterations or --max-time (env ICEBENCH_ITERATIONS; default 10).")
    String iterations;

    @Option(names = "--max-iterations", description = "With --iterations auto: at most this many runs per query (default 100).")
    Integer maxIterations;

    @Option(names = "--max-time", description = "With --iterations auto: at most this long measuring one query, e.g. 60s (default 60s).")
    String maxTime;

    @Option(names = "--cold", description = "first-run: the cold run is the first execution in the engine's worker "
            + "(default); fresh-process: --cold-runs cold runs, each in a brand-new worker, start-up and set-up timed apart.")
    String cold;

    @Option(names = "--cold-runs", description = "With --cold fresh-process: cold samples per query (default 3).")
    Integer coldRuns;

    @Option(names = "--drop-caches", description = "Drop the OS page cache before every cold run (Linux, needs root; "
            + "says so when it cannot).")
    boolean dropCaches;

    /** Cold samples in fresh workers per query; 0 for the default first-run cold run. */
    int freshProcessColdRuns() {
        String mode = cold == null ? "first-run" : cold.strip();
        if (mode.equals("fresh-process")) {
            int n = coldRuns == null ? Defaults.FRESH_PROCESS_COLD_RUNS : coldRuns;
            if (n < 1) {
                throw new ConfigException("--cold-runs must be at least 1");
            }
            return n;
        }
        if (!mode.equals("first-run")) {
            throw new ConfigException("--cold '" + cold + "' must be first-run or fresh-process");
        }
        if (coldRuns != null) {
            throw new ConfigException("--cold-runs goes with --cold fresh-process");
        }
        return 0;
    }

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

    @Option(names = "--no-report", description = "Do not write report.html and report.md beside the results.")
    boolean noReport;

    @Option(names = "--print-results", description = "Print each query's result (first rows) once.")
    boolean printResults;

    @Option(names = "--queries", split = ",", description = "Only these queries of the suite, e.g. q1,q6.")
    List<String> queries;

    @Option(names = "--tolerance", description = "Relative tolerance for floating values when answers are compared "
            + "across engines (env ICEBENCH_TOLERANCE; default 1e-9).")
    Double tolerance;

    @Option(names = "--reference", description = "ENGINE (or label) whose answers are right: the others match or mismatch it "
            + "(default: the answer of a strict majority of engines; without one the engines disagree).")
    String reference;

    @Option(names = "--no-verify", description = "Do not compare answers across engines (a mismatch then does not fail the run).")
    boolean noVerify;

    /** The relative tolerance of answer verification, or null when it is off. */
    Double answerTolerance(Settings settings) {
        if (noVerify) {
            return null;
        }
        double value;
        try {
            value = tolerance != null ? tolerance
                    : Double.parseDouble(settings.get("ICEBENCH_TOLERANCE").orElse(Double.toString(Defaults.ANSWER_TOLERANCE)));
        } catch (NumberFormatException e) {
            throw new ConfigException("ICEBENCH_TOLERANCE='" + settings.get("ICEBENCH_TOLERANCE").orElse("")
                    + "' is not a number (e.g. 1e-9)");
        }
        if (!(value >= 0 && value < 1)) {
            throw new ConfigException("--tolerance must be at least 0 and below 1 (e.g. 1e-9), not " + value);
        }
        return value;
    }

    @Option(names = "--snapshot", description = "TABLE=SNAPSHOT_ID: read this snapshot of the table instead of its current one, "
            + "e.g. to repeat an earlier run exactly; the table is registered even outside --namespace (repeatable; the ids are in the results file).")
    List<String> snapshots = new ArrayList<>();

    /** {@code --snapshot} entries by table name as given. */
    Map<String, Long> snapshots() {
        Map<String, Long> byTable = new LinkedHashMap<>();
        for (String entry : snapshots) {
            int eq = entry.indexOf('=');
            try {
                byTable.put(entry.substring(0, Math.max(eq, 0)).strip(), Long.parseLong(entry.substring(eq + 1).strip()));
            } catch (NumberFormatException | StringIndexOutOfBoundsException e) {
                throw new ConfigException("--snapshot '" + entry + "' is not TABLE=SNAPSHOT_ID (e.g. tpch.lineitem=4242)");
            }
            if (eq <= 0) {
                throw new ConfigException("--snapshot '" + entry + "' is not TABLE=SNAPSHOT_ID (e.g. tpch.lineitem=4242)");
            }
        }
        return byTable;
    }

    @Option(names = "--spark-master", description = "Spark master URL: local[*], local[2], spark://host:7077, yarn, k8s://... "
            + "(env SPARK_MASTER; default local[*]).")
    String sparkMaster;

    @Option(names = "--spark-conf", description = "KEY=VALUE Spark setting for the Spark engine, e.g. spark.sql.shuffle.partitions=8 (repeatable).")
    List<String> sparkConf = new ArrayList<>();

    @Option(names = "--spark-driver-memory", description = "Heap of the Spark driver (the Spark worker process), e.g. 4g "
            + "(env SPARK_DRIVER_MEMORY; default: the JVM's default, a quarter of RAM).")
    String sparkDriverMemory;

    /** Options per engine name that engine-specific flags set; {@code -E} overrides them. */
    Map<String, Map<String, String>> engineDefaults(Settings settings) {
        Map<String, String> spark = new LinkedHashMap<>();
        String master = sparkMaster != null ? sparkMaster : settings.get("SPARK_MASTER").orElse(null);
        if (master != null) {
            spark.put("master", master.strip());
        }
        String memory = sparkDriverMemory != null ? sparkDriverMemory : settings.get("SPARK_DRIVER_MEMORY").orElse(null);
        if (memory != null) {
            spark.put(EngineSpec.HEAP, memory.strip());
        }
        for (String entry : sparkConf) {
            int eq = entry.indexOf('=');
            if (eq <= 0) {
                throw new ConfigException("--spark-conf '" + entry + "' is not KEY=VALUE (e.g. spark.sql.shuffle.partitions=8)");
            }
            spark.put("conf." + entry.substring(0, eq).strip(), entry.substring(eq + 1).strip());
        }
        return Map.of("spark", spark, "starrocks", starrocks(settings), "trino", fromSettings(settings, Map.of(
                "url", "TRINO_URL", "user", "TRINO_USER", "password", "TRINO_PASSWORD", "catalog", "TRINO_CATALOG")));
    }

    @Option(names = "--starrocks-create-catalog", description = "Create the StarRocks external Iceberg catalog "
            + "STARROCKS_CATALOG on the run's metastore when it does not exist.")
    boolean starrocksCreateCatalog;

    @Option(names = "--jdbc", description = "NAME=URL: benchmark any JDBC engine as NAME (with -E NAME.driver_jar=PATH, "
            + "NAME.user, NAME.password, NAME.catalog); repeatable.")
    List<String> jdbc = new ArrayList<>();

    private Map<String, String> starrocks(Settings settings) {
        Map<String, String> options = fromSettings(settings, Map.of("host", "STARROCKS_HOST", "port", "STARROCKS_PORT",
                "user", "STARROCKS_USER", "password", "STARROCKS_PASSWORD", "catalog", "STARROCKS_CATALOG"));
        if (starrocksCreateCatalog) {
            options.put("create_catalog", "true");
        }
        return options;
    }

    private static Map<String, String> fromSettings(Settings settings, Map<String, String> variables) {
        Map<String, String> options = new LinkedHashMap<>();
        variables.forEach((option, variable) -> settings.get(variable).ifPresent(v -> options.put(option, v.strip())));
        return options;
    }

    /** {@code --jdbc NAME=URL} entries as engine list entries and their url options. */
    List<String> jdbcEngines() {
        return jdbc.stream().map(entry -> {
            int eq = entry.indexOf('=');
            if (eq <= 0 || !entry.substring(eq + 1).startsWith("jdbc:")) {
                throw new ConfigException("--jdbc '" + entry + "' is not NAME=jdbc:... (e.g. pg=jdbc:postgresql://host/db)");
            }
            return entry.substring(0, eq).strip();
        }).toList();
    }

    List<String> jdbcOptions() {
        return jdbc.stream().map(entry -> entry.substring(0, entry.indexOf('=')).strip() + ".url="
                + entry.substring(entry.indexOf('=') + 1)).toList();
    }

    List<String> engines(Settings settings) {
        List<String> named = engines != null ? engines
                : settings.get("ICEBENCH_ENGINES").map(v -> Arrays.asList(v.split(","))).orElse(List.of());
        if (jdbc.isEmpty()) {
            return named;
        }
        List<String> all = new ArrayList<>(named);
        jdbcEngines().forEach(name -> all.add(name + "=jdbc"));
        return all;
    }

    /** -E options plus the url of every --jdbc engine. */
    List<String> allEngineOptions() {
        List<String> all = new ArrayList<>(jdbcOptions());
        all.addAll(engineOptions);
        return all;
    }

    Iterations iterations(Settings settings) {
        String text = iterations != null ? iterations : settings.get("ICEBENCH_ITERATIONS").orElse(null);
        if (text != null && text.strip().equalsIgnoreCase("auto")) {
            int max = maxIterations != null ? maxIterations : Defaults.AUTO_MAX_ITERATIONS;
            if (max < Defaults.AUTO_MIN_ITERATIONS) {
                throw new ConfigException("--max-iterations must be at least " + Defaults.AUTO_MIN_ITERATIONS
                        + " (the fewest runs that give a 95% interval for the median)");
            }
            return new Iterations(max, true, maxTime == null ? Defaults.AUTO_TIME_CAP : Durations.parse(maxTime, "--max-time"));
        }
        if (maxIterations != null || maxTime != null) {
            throw new ConfigException("--max-iterations and --max-time go with --iterations auto");
        }
        if (text == null) {
            return Iterations.fixed(Defaults.ITERATIONS);
        }
        try {
            return Iterations.fixed(Integer.parseInt(text.strip()));
        } catch (NumberFormatException e) {
            throw new ConfigException((iterations != null ? "--iterations" : "ICEBENCH_ITERATIONS") + " '" + text
                    + "' is not a whole number or auto");
        }
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
