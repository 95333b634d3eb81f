package io.icebench.core.model;

import java.util.List;

/**
 * Summary statistics of the measured iterations of one engine × query, in milliseconds.
 *
 * @param cv       coefficient of variation, stddev / mean
 * @param ciLowMs  lower end of the distribution-free confidence interval for the median (order statistics)
 * @param ciHighMs upper end of that interval
 * @param ciLevel  its exact coverage: at least 0.95 from 6 samples on; below that the interval is min..max
 *                 and its (lower) coverage is stated
 * @param outliers measured iterations (1-based) whose modified z-score exceeds 3.5; flagged, never dropped
 */
public record Stats(
        int n,
        double minMs,
        double medianMs,
        double meanMs,
        double stddevMs,
        double p95Ms,
        double maxMs,
        double cv,
        double ciLowMs,
        double ciHighMs,
        double ciLevel,
        List<Integer> outliers) {

    /** Half the interval's width relative to the median (the precision {@code --iterations auto} aims at). */
    public double relativeHalfWidth() {
        return medianMs > 0 ? (ciHighMs - ciLowMs) / 2 / medianMs : Double.POSITIVE_INFINITY;
    }
}
