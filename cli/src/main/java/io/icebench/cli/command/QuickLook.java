package io.icebench.cli.command;

import io.icebench.core.config.Defaults;
import io.icebench.core.config.Settings;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What makes {@code quickstart} a first look rather than the final word: no warm-up run (the cold run comes first
 * all the same), measured runs stop as soon as the median is precise (from 6 runs), at 10 runs or after 0.3 s of
 * measuring a query (a slow engine's first look is one or two runs after its cold run); Spark gets settings for
 * small data. Options the user gives ({@code --iterations}, {@code ICEBENCH_ITERATIONS}, {@code --warmup},
 * {@code ICEBENCH_WARMUP}, {@code --spark-conf}, {@code -E}) win.
 */
public final class QuickLook {

    public static final int MAX_ITERATIONS = 10;
    static final Duration TIME_CAP = Duration.ofMillis(300);
    static final Iterations ITERATIONS = Iterations.auto(MAX_ITERATIONS, TIME_CAP);
    /** One shuffle partition per core: Spark's 200 cost far more than TPC-H SF 0.1's joins themselves. */
    static final String SHUFFLE_PARTITIONS =
            String.valueOf(Math.max(1, Runtime.getRuntime().availableProcessors()));

    private static final String SPARK_SHUFFLE = "conf.spark.sql.shuffle.partitions";
    /**
     * Joins with a side estimated under 100 MB broadcast it instead of shuffling both (Spark's default: 10 MB): on
     * TPC-H SF 0.1 Spark's 22 queries took 51-63 s against 60-84 s in four interleaved pairs (docs/configuration.md).
     */
    static final String BROADCAST_BYTES = String.valueOf(100L * 1024 * 1024);

    private static final String SPARK_BROADCAST = "conf.spark.sql.autoBroadcastJoinThreshold";

    private QuickLook() {}

    /** The request as {@code run} would make it from these options, with quickstart's defaults where the user set none. */
    static BenchmarkRequestBuilder request(BenchmarkOptions options, Settings settings) {
        BenchmarkRequestBuilder builder =
                options.request(settings).engineDefaults(engineDefaults(options.engines.defaults(settings)));
        if (!appliesTo(options, settings)) {
            return builder;
        }
        builder.iterations(ITERATIONS);
        return options.warmup == null && settings.get("ICEBENCH_WARMUP").isEmpty() ? builder.warmup(0) : builder;
    }

    /** True when the user chose no iteration count in any way, so quickstart picks its own. */
    static boolean appliesTo(BenchmarkOptions options, Settings settings) {
        return options.iterations == null
                && options.maxIterations == null
                && options.maxTime == null
                && settings.get("ICEBENCH_ITERATIONS").isEmpty();
    }

    /** The user's engine defaults over quickstart's Spark settings. */
    private static Map<String, Map<String, String>> engineDefaults(Map<String, Map<String, String>> given) {
        Map<String, Map<String, String>> all = new HashMap<>(given);
        Map<String, String> spark = new LinkedHashMap<>();
        spark.put(SPARK_SHUFFLE, SHUFFLE_PARTITIONS);
        spark.put(SPARK_BROADCAST, BROADCAST_BYTES);
        spark.putAll(given.getOrDefault("spark", Map.of()));
        all.put("spark", spark);
        return all;
    }

    static String describe() {
        return "A first look: each query's cold run, then measured runs (no warm-up) until the median is "
                + "within ±5% (from " + Defaults.AUTO_MIN_ITERATIONS + " runs), at " + MAX_ITERATIONS
                + " runs or after "
                + TIME_CAP.toMillis() / 1000.0 + " s of measuring; Spark with spark.sql.shuffle.partitions="
                + SHUFFLE_PARTITIONS
                + " and spark.sql.autoBroadcastJoinThreshold=100 MB, for small tables (unless set).";
    }

    /** The one line saying how to run {@code suite} (whose own namespace is {@code suiteNamespace}) at full precision. */
    static String fullPrecisionHint(String suite, String suiteNamespace, String namespace, List<String> engines) {
        return "Full precision (" + Defaults.ITERATIONS + " measured runs per query): ./icebench run --suite " + suite
                + (suiteNamespace.equals(namespace) ? "" : " --namespace " + namespace)
                + (engines == null || engines.isEmpty() ? "" : " --engines " + String.join(",", engines))
                + " --iterations " + Defaults.ITERATIONS;
    }
}
