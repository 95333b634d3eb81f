package io.icebench.cli.run;

import io.icebench.core.config.ConfigException;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Durations as users write them: {@code 90s}, {@code 10m}, {@code 1h}, {@code 500ms}, or plain seconds. */
public final class Durations {

    private static final Pattern TEXT = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(ms|s|m|min|h)?");

    private Durations() {}

    public static Duration parse(String text, String option) {
        Matcher m = TEXT.matcher(text.strip().toLowerCase());
        if (!m.matches()) {
            throw new ConfigException(option + " '" + text + "' is not a duration; use e.g. 30s, 10m, 1h or 500ms");
        }
        double value = Double.parseDouble(m.group(1));
        String unit = m.group(2) == null ? "s" : m.group(2);
        double millis = switch (unit) {
            case "ms" -> value;
            case "s" -> value * 1000;
            case "m", "min" -> value * 60_000;
            default -> value * 3_600_000;
        };
        if (millis <= 0) {
            throw new ConfigException(option + " must be more than zero");
        }
        return Duration.ofMillis((long) millis);
    }

    public static String format(Duration d) {
        long ms = d.toMillis();
        if (ms % 3_600_000 == 0) {
            return ms / 3_600_000 + " h";
        }
        if (ms % 60_000 == 0) {
            return ms / 60_000 + " min";
        }
        if (ms % 1000 == 0) {
            return ms / 1000 + " s";
        }
        return ms + " ms";
    }
}
