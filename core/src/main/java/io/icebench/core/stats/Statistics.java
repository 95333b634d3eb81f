package io.icebench.core.stats;

import io.icebench.core.model.Stats;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.math3.distribution.BinomialDistribution;
import org.apache.commons.math3.stat.descriptive.DescriptiveStatistics;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.apache.commons.math3.stat.descriptive.rank.Percentile.EstimationType;

/**
 * Summary statistics of measured times. Quantiles use the R-7 estimator (linear interpolation between
 * order statistics), the default of numpy, R and spreadsheets, so a user recomputing them by hand gets
 * the same figures. The standard deviation is the sample one (n - 1). The median's 95% confidence interval
 * is distribution-free: the order statistics x(k) and x(n-k+1) with the largest k for which a
 * Binomial(n, 1/2) count lies in [k, n-k] with probability at least 0.95. Outliers are flagged by the
 * modified z-score 0.6745 (x - median) / MAD above 3.5 (Iglewicz and Hoaglin), from 5 runs on.
 */
public final class Statistics {

    public static final double CONFIDENCE = 0.95;
    public static final double OUTLIER_Z = 3.5;
    public static final int OUTLIER_MIN_N = 5;

    private Statistics() {}

    public static Stats summarise(double[] ms) {
        if (ms.length == 0) {
            return null;
        }
        DescriptiveStatistics d = new DescriptiveStatistics(ms);
        double median = quantile(ms, 50);
        double stddev = ms.length > 1 ? d.getStandardDeviation() : 0.0;
        double[] sorted = ms.clone();
        Arrays.sort(sorted);
        int k = medianIntervalRank(ms.length);
        return new Stats(
                ms.length,
                d.getMin(),
                median,
                d.getMean(),
                stddev,
                quantile(ms, 95),
                d.getMax(),
                d.getMean() > 0 ? stddev / d.getMean() : 0,
                sorted[k - 1],
                sorted[ms.length - k],
                coverage(ms.length, k),
                outliers(ms, median));
    }

    private static double quantile(double[] values, double p) {
        Percentile quantile = new Percentile().withEstimationType(EstimationType.R_7);
        quantile.setData(values);
        return quantile.evaluate(p);
    }

    /** The 1-based rank k of the interval [x(k), x(n-k+1)]; 1 (min..max) when no k reaches the confidence. */
    static int medianIntervalRank(int n) {
        int best = 1;
        for (int k = 1; k <= (n + 1) / 2; k++) {
            if (coverage(n, k) >= CONFIDENCE) {
                best = k;
            }
        }
        return best;
    }

    /** P(k <= B <= n-k) for B ~ Binomial(n, 1/2): the coverage of [x(k), x(n-k+1)]. */
    public static double coverage(int n, int k) {
        if (n < 2) {
            return 0;
        }
        BinomialDistribution b = new BinomialDistribution(null, n, 0.5);
        return 1 - 2 * b.cumulativeProbability(k - 1);
    }

    private static List<Integer> outliers(double[] ms, double median) {
        if (ms.length < OUTLIER_MIN_N) {
            return List.of(); // a median absolute deviation of fewer runs says little
        }
        double[] deviations = Arrays.stream(ms).map(x -> Math.abs(x - median)).toArray();
        double mad = quantile(deviations, 50);
        // with a zero MAD the mean absolute deviation stands in (its constant 1.253314 makes the scales agree)
        double scale = mad > 0
                ? mad / 0.6745
                : 1.253314 * Arrays.stream(deviations).average().orElse(0);
        List<Integer> flagged = new ArrayList<>();
        for (int i = 0; i < ms.length && scale > 0; i++) {
            if (Math.abs(ms[i] - median) / scale > OUTLIER_Z) {
                flagged.add(i + 1);
            }
        }
        return flagged;
    }
}
