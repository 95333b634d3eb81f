package io.icebench.core.stats;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.apache.commons.math3.stat.inference.MannWhitneyUTest;

/**
 * The change between two samples of times: the ratio of their medians (new / old) with a 95% percentile
 * bootstrap interval (resampling both samples, a fixed seed so that the same files give the same figures)
 * and the two-sided Mann–Whitney U p-value (normal approximation, ties corrected).
 */
public record MedianRatio(double ratio, double low, double high, double pValue) {

    public static final int RESAMPLES = 4000;
    private static final long SEED = 20261123L;

    public static MedianRatio of(double[] before, double[] after) {
        double ratio = median(after) / median(before);
        SplittableRandom random = new SplittableRandom(SEED);
        double[] ratios = new double[RESAMPLES];
        double[] a = new double[before.length];
        double[] b = new double[after.length];
        for (int r = 0; r < RESAMPLES; r++) {
            for (int i = 0; i < a.length; i++) {
                a[i] = before[random.nextInt(before.length)];
            }
            for (int i = 0; i < b.length; i++) {
                b[i] = after[random.nextInt(after.length)];
            }
            ratios[r] = median(b) / median(a);
        }
        Arrays.sort(ratios);
        double p = before.length < 2 || after.length < 2
                ? Double.NaN
                : new MannWhitneyUTest().mannWhitneyUTest(before, after);
        return new MedianRatio(
                ratio,
                ratios[(int) Math.floor(0.025 * (RESAMPLES - 1))],
                ratios[(int) Math.ceil(0.975 * (RESAMPLES - 1))],
                p);
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
