package io.icebench.core.model;

import java.util.Locale;

/**
 * Two engines on one query: the ratio of their medians (slower / faster) and its range from the two
 * confidence intervals; {@code tie} when the intervals overlap.
 */
public record Comparison(
        String query, String faster, String slower, double ratio, double ratioLow, double ratioHigh, boolean tie) {

    public String sentence() {
        if (tie) {
            return String.format(
                    Locale.ROOT, "%s and %s tie on %s (%.2f×, intervals overlap)", faster, slower, query, ratio);
        }
        return String.format(
                Locale.ROOT,
                "%s is %.2f× (%.2f–%.2f) faster than %s on %s",
                faster,
                ratio,
                ratioLow,
                ratioHigh,
                slower,
                query);
    }
}
