package io.icebench.core.config;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Which settings are secrets (passwords, keys, tokens), so that their values never reach the console, a log,
 * a results file or a report: they are written as {@value #MASK}.
 */
public final class Secrets {

    public static final String MASK = "***";
    private static final Pattern SECRET = Pattern.compile(
            "(?i).*(pass(word|wd)?|secret|token|credential|private|(^|[._-])(access|api|secret)?[._-]?key)$");

    private Secrets() {
    }

    public static boolean isSecret(String key) {
        return SECRET.matcher(key).matches();
    }

    /** A copy with every secret's value masked. */
    public static Map<String, String> redact(Map<String, String> values) {
        Map<String, String> copy = new LinkedHashMap<>();
        values.forEach((k, v) -> copy.put(k, isSecret(k) ? MASK : v));
        return copy;
    }
}
