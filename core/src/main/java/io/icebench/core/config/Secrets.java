package io.icebench.core.config;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which settings are secrets (passwords, keys, tokens, credentials, signatures), so that their values never
 * reach the console, a log, a results file or a report: they are written as {@value #MASK}. Values that are
 * not secrets themselves are masked inside: a URL's user-info ({@code s3://user:pass@host}) and any
 * {@code name=value} pair whose name is a secret ({@code jdbc:mysql://h/db?user=me&password=...}).
 */
public final class Secrets {

    public static final String MASK = "***";
    /** A secret word anywhere in the name. */
    private static final Pattern SECRET_WORD = Pattern.compile(
            "(?i).*(pass(word|wd)|pwd|secret|token|credential|signature|private|(api|access|account)key).*");
    /** Secret words that must be a whole part of the name ({@code account.key.X}, {@code api_key}, {@code sig}). */
    private static final Set<String> SECRET_PARTS = Set.of("key", "pass", "sig");
    /** Where a name splits into parts: separators and camelCase humps ({@code secretAccessKey}). */
    private static final Pattern PART_BOUNDARY = Pattern.compile("[._\\-\\s/]+|(?<=[a-z0-9])(?=[A-Z])");

    private static final Pattern USER_INFO = Pattern.compile("(?i)([a-z][a-z0-9+.\\-]*://)([^/@\\s:?#]*):([^@\\s]*)@");
    private static final Pattern PAIR =
            Pattern.compile("([A-Za-z_][\\w.\\-]*)(\\s*=\\s*)(\"[^\"]*\"|'[^']*'|[^&;\\s'\")]*)");

    /** Values that only say where a value goes (usage text: {@code KEY=value}), nothing to hide. */
    private static final Set<String> PLACEHOLDERS = Set.of("", MASK, "value", "...", "…");

    private Secrets() {}

    public static boolean isSecret(String key) {
        if (key == null) {
            return false;
        }
        if (SECRET_WORD.matcher(key).matches()) {
            return true;
        }
        for (String part : PART_BOUNDARY.split(key)) {
            if (SECRET_PARTS.contains(part.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** A copy with every secret's value masked, and secrets inside the other values masked. */
    public static Map<String, String> redact(Map<String, String> values) {
        Map<String, String> copy = new LinkedHashMap<>();
        values.forEach((k, v) -> copy.put(k, mask(k, v)));
        return copy;
    }

    /** The value of setting {@code key} as it may be shown. */
    public static String mask(String key, String value) {
        return value == null ? null : isSecret(key) ? MASK : maskText(value);
    }

    /**
     * Free text (a URL, an error message, a command line) with user-info passwords and the values of secret
     * {@code name=value} pairs masked.
     */
    public static String maskText(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String masked = USER_INFO
                .matcher(text)
                .replaceAll(m -> Matcher.quoteReplacement(m.group(1) + m.group(2) + ":" + MASK + "@"));
        Matcher pair = PAIR.matcher(masked);
        StringBuilder out = new StringBuilder();
        while (pair.find()) {
            String replacement = isSecret(pair.group(1))
                            && !PLACEHOLDERS.contains(
                                    pair.group(3).toLowerCase(Locale.ROOT).replaceAll("[:.,]$", ""))
                    ? pair.group(1) + pair.group(2) + MASK
                    : pair.group();
            pair.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        pair.appendTail(out);
        return out.toString();
    }
}
