package io.icebench.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.icebench.core.stats.MedianRatio;
import java.util.Random;
import org.junit.jupiter.api.Test;

class MedianRatioTest {

    private static double[] sample(Random random, double center, int n) {
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = center * (1 + 0.02 * random.nextGaussian());
        }
        return x;
    }

    @Test
    void ratioIsNewMedianOverOldWithAnIntervalAroundIt() {
        double[] before = {10, 12, 11, 13, 9};
        double[] after = {20, 24, 22, 26, 18, 21};
        MedianRatio r = MedianRatio.of(before, after);
        assertThat(r.ratio()).isCloseTo(21.5 / 11, within(1e-12));
        assertThat(r.low()).isLessThanOrEqualTo(r.ratio());
        assertThat(r.high()).isGreaterThanOrEqualTo(r.ratio());
        // every value of after exceeds every value of before: the exact two-sided p is 2 / C(11,5) = 0.0043;
        // the normal approximation is close to it
        assertThat(r.pValue()).isLessThan(0.02);
        assertThat(MedianRatio.of(before, after)).isEqualTo(r);
    }

    @Test
    void identicalSamplesShowNoChange() {
        double[] x = {5, 6, 7, 8, 9, 10};
        MedianRatio r = MedianRatio.of(x, x.clone());
        assertThat(r.ratio()).isEqualTo(1.0);
        assertThat(r.pValue()).isCloseTo(1.0, within(0.05));
        assertThat(r.low()).isLessThan(1.0);
        assertThat(r.high()).isGreaterThan(1.0);
    }

    @Test
    void theIntervalCoversTheTrueRatioInMostSeededTrials() {
        Random random = new Random(3);
        int covered = 0;
        for (int trial = 0; trial < 200; trial++) {
            MedianRatio r = MedianRatio.of(sample(random, 100, 12), sample(random, 130, 12));
            if (r.low() <= 1.3 && 1.3 <= r.high()) {
                covered++;
            }
        }
        // a 95% interval from 12 samples a side: allow for the bootstrap's known undercoverage at small n
        assertThat(covered).isGreaterThan(170);
    }
}
