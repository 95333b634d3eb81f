package io.icebench.engines.sparkcomet;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The Spark settings that turn the Spark engine into Spark with Comet: the plugin, Comet's native execution and
 * shuffle, its native Iceberg scan, and the off-heap memory Comet's native side allocates from. A user's
 * {@code conf.<setting>} option wins over each of them.
 */
final class CometSettings {

    /** Off-heap memory for Comet's native operators unless the user sets {@code spark.memory.offHeap.size}. */
    static final String DEFAULT_OFF_HEAP = "2g";

    private static final String OPTION_PREFIX = "conf.";

    private CometSettings() {}

    static Map<String, String> sparkSettings() {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("spark.plugins", "org.apache.spark.CometPlugin");
        settings.put("spark.shuffle.manager", "org.apache.spark.sql.comet.execution.shuffle.CometShuffleManager");
        settings.put("spark.comet.enabled", "true");
        settings.put("spark.comet.exec.enabled", "true");
        settings.put("spark.comet.exec.shuffle.enabled", "true");
        settings.put("spark.comet.scan.icebergNative.enabled", "true");
        settings.put("spark.memory.offHeap.enabled", "true");
        settings.put("spark.memory.offHeap.size", DEFAULT_OFF_HEAP);
        // fallback reasons are read from the executed plan after each query, not logged
        settings.put("spark.comet.explainFallback.enabled", "false");
        settings.put("spark.comet.logFallbackReasons.enabled", "false");
        return settings;
    }

    /** The Spark engine's options: Comet's settings as {@code conf.} options, then the user's options over them. */
    static Map<String, String> engineOptions(Map<String, String> userOptions) {
        Map<String, String> options = new LinkedHashMap<>();
        sparkSettings().forEach((key, value) -> options.put(OPTION_PREFIX + key, value));
        options.putAll(userOptions);
        return options;
    }
}
