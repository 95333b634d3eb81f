package io.icebench.core.config;

import java.time.Duration;

/** Every built-in default of icebench, in one place. Documented in the README's configuration table. */
public final class Defaults {

    public static final String VERSION = "0.1.0";
    public static final int ITERATIONS = 10;
    public static final int WARMUP = 1;
    /** --cold fresh-process: cold samples per query, each in a new worker. */
    public static final int FRESH_PROCESS_COLD_RUNS = 3;
    /** --iterations auto: measure until the median's 95% interval is within ±5%, from 6 runs on... */
    public static final int AUTO_MIN_ITERATIONS = 6;

    public static final double AUTO_PRECISION = 0.05;
    /** ...or until this many runs (--max-iterations) or this long per query (--max-time). */
    public static final int AUTO_MAX_ITERATIONS = 100;

    public static final Duration AUTO_TIME_CAP = Duration.ofSeconds(60);
    /** Measured runs go back to back in the worker, as many as take about this long, before the coordinator acts. */
    public static final Duration SERIES_SPAN = Duration.ofSeconds(1);
    /** A worker starts no run of a series after this long: a series that runs slower than the runs before ends early. */
    public static final Duration SERIES_LIMIT = Duration.ofSeconds(2);

    public static final int PARALLEL = 1;
    public static final Duration ENGINE_TIMEOUT = Duration.ofMinutes(10);
    public static final int PREVIEW_ROWS = 20;
    /** Rows of a cold run's result sent back for answer verification; larger results compare by fingerprint. */
    public static final int ANSWER_ROWS = 10_000;
    /** Relative tolerance for floating values in answer verification (--tolerance). */
    public static final double ANSWER_TOLERANCE = 1e-9;

    public static final String DATA_DIR = "icebench-data";
    public static final int METASTORE_PORT = 9083;
    public static final Duration METASTORE_START_TIMEOUT = Duration.ofSeconds(90);
    public static final String CATALOG_NAME = "warehouse";
    public static final String TPCH_NAMESPACE = "tpch";
    public static final double QUICKSTART_SCALE = 0.1;
    public static final String RESULTS_FILE = "benchmark_results.json";
    public static final String ENV_FILE = "benchmark.env";
    /** Rows per generated Parquet file: large enough to scan well, small enough to use both cores. */
    public static final long ROWS_PER_FILE = 1_000_000;

    public static final Duration WORKER_START_TIMEOUT = Duration.ofMinutes(2);
    /** Rows a worker keeps before it must fold them into the fingerprint inside the timer. */
    public static final int FINGERPRINT_BUFFER_ROWS = 100_000;

    private Defaults() {}
}
