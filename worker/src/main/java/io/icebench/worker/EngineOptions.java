package io.icebench.worker;

import java.util.List;
import java.util.Map;

/** The check every engine makes of its {@code -E NAME.key=value} options: a key it does not take is refused. */
public final class EngineOptions {

    private EngineOptions() {}

    /** Throws, naming the option and the ones {@code engine} takes, when {@code options} has a key not in {@code known}. */
    public static void requireKnown(String engine, Map<String, String> options, List<String> known) {
        for (String key : options.keySet()) {
            if (!known.contains(key)) {
                throw new IllegalArgumentException(
                        "unknown " + engine + " option '" + key + "'; use " + String.join(", ", known));
            }
        }
    }
}
