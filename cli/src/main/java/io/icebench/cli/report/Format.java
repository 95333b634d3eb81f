package io.icebench.cli.report;

import io.icebench.core.model.Stats;
import java.util.Locale;

/** Number formats shared by the reporters. */
public final class Format {

    private Format() {}

    public static String ms(double ms) {
        return String.format(Locale.ROOT, "%.2fms", ms);
    }

    public static String bytes(Long bytes) {
        if (bytes == null) {
            return "n/a";
        }
        if (bytes >= 1L << 30) {
            return String.format(Locale.ROOT, "%.2f GB", bytes / (double) (1L << 30));
        }
        if (bytes >= 1L << 20) {
            return String.format(Locale.ROOT, "%.1f MB", bytes / (double) (1L << 20));
        }
        return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
    }

    public static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /**
     * A median's interval in a table, in milliseconds: below 6 runs it is min..max, whose (lower) coverage is said; a
     * single run has none.
     */
    public static String interval(Stats s, String dash) {
        if (s.n() == 1) {
            return "one run";
        }
        String range = String.format(Locale.ROOT, "%.2f%s%.2f", s.ciLowMs(), dash, s.ciHighMs());
        return s.ciLevel() >= 0.95 ? range : String.format(Locale.ROOT, "%s (%.0f%%)", range, s.ciLevel() * 100);
    }
}
