package io.icebench.cli.command;

import io.icebench.core.config.Settings;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Options shared by {@code run} and {@code quickstart}, as given; {@link OptionResolution} turns them into a
 * request (an option not given falls back to its environment variable, then to the built-in default).
 */
final class BenchmarkOptions {

    @Mixin
    EngineFlags engines = new EngineFlags();

    @Option(
            names = "--iterations",
            description =
                    "Measured runs per query (0: the cold run only, no warm-up), or auto: until the median's 95%% interval is "
                            + "within ±5%% (from 6 runs), --max-iterations or --max-time (env ICEBENCH_ITERATIONS; default 10).")
    String iterations;

    @Option(
            names = "--max-iterations",
            description = "With --iterations auto: at most this many runs per query (default 100).")
    Integer maxIterations;

    @Option(
            names = "--max-time",
            description = "With --iterations auto: at most this long measuring one query, e.g. 60s (default 60s).")
    String maxTime;

    @Option(
            names = "--cold",
            description =
                    "first-run: the cold run is the first execution in the engine's worker "
                            + "(default); fresh-process: --cold-runs cold runs, each in a brand-new worker, start-up and set-up timed apart.")
    String cold;

    @Option(names = "--cold-runs", description = "With --cold fresh-process: cold samples per query (default 3).")
    Integer coldRuns;

    @Option(
            names = "--drop-caches",
            description =
                    "Drop the OS page cache before every cold run (Linux, needs root; " + "says so when it cannot).")
    boolean dropCaches;

    @Option(
            names = "--warmup",
            description = "Discarded warm-up runs after the cold run (env ICEBENCH_WARMUP; default 1).")
    Integer warmup;

    @Option(names = "--timeout", description = "Time budget per engine, e.g. 10m (env ICEBENCH_TIMEOUT; default 10m).")
    String timeout;

    @Option(
            names = "--query-timeout",
            description =
                    "Time limit per query execution, e.g. 60s (env ICEBENCH_QUERY_TIMEOUT; default: none beyond --timeout).")
    String queryTimeout;

    @Option(
            names = "--parallel",
            description = "Engines run at once; above 1 every timing is marked contended (default 1).")
    Integer parallel;

    @Option(
            names = "--output",
            description =
                    "Results file (env ICEBENCH_OUTPUT; default benchmark_results.json); JSON Lines go beside it.")
    Path output;

    @Option(names = "--no-report", description = "Do not write report.html and report.md beside the results.")
    boolean noReport;

    @Option(names = "--print-results", description = "Print each query's result (first rows) once.")
    boolean printResults;

    @Option(names = "--queries", split = ",", description = "Only these queries of the suite, e.g. q1,q6.")
    List<String> queries;

    @Option(
            names = "--tolerance",
            description = "Relative tolerance for floating values when answers are compared "
                    + "across engines (env ICEBENCH_TOLERANCE; default 1e-9).")
    Double tolerance;

    @Option(
            names = "--reference",
            description = "ENGINE (or label) whose answers are right: the others match or mismatch it "
                    + "(default: the answer of a strict majority of engines; without one the engines disagree).")
    String reference;

    @Option(
            names = "--no-verify",
            description = "Do not compare answers across engines (a mismatch then does not fail the run).")
    boolean noVerify;

    @Option(
            names = "--snapshot",
            description =
                    "TABLE=SNAPSHOT_ID: read this snapshot of the table instead of its current one, "
                            + "e.g. to repeat an earlier run exactly; the table is registered even outside --namespace (repeatable; the ids are in the results file).")
    List<String> snapshots = new ArrayList<>();

    /** A request builder holding these options over {@code settings} over the defaults; the caller adds the workload. */
    BenchmarkRequestBuilder request(Settings settings) {
        return new OptionResolution(this, settings).request();
    }
}
