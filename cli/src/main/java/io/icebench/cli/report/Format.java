package io.icebench.cli.report;

import java.util.Locale;

/** Number formats shared by the console reporters. */
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
}
