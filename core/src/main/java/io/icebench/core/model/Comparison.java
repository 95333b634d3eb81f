package io.icebench.core.model;

import java.util.Locale;

/**
 * Two engines on one query: the ratio of their medians (slower / faster) and its range from the two
 * confidence intervals; {@code tie} when the intervals overlap. {@code ciLevel} is the lower of the two intervals'
 * exact coverages: below 0.95 when an engine has fewer than 6 measured runs, whose interval is its min..max (a single
 * run's is one point), so the range is then no 95% one; null in a file written before it was kept.
 */
public record Comparison(
        String query,
        String faster,
        String slower,
        double ratio,
        double ratioLow,
        double ratioHigh,
        boolean tie,
        Double ciLevel) {

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
                        query)
                + rangeCaveat();
    }

    /** What a reader must know about the range of a comparison that is not a tie: empty when both are 95% intervals. */
    public String rangeCaveat() {
        return tie || ciLevel == null || ciLevel >= 0.95 ? "" : "; fewer than 6 runs: not a 95% range";
    }
}
