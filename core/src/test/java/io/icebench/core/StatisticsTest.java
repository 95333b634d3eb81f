package io.icebench.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.icebench.core.model.Stats;
import io.icebench.core.stats.Statistics;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class StatisticsTest {

    /** R-7 quantile computed from its definition: h = (n - 1) p, interpolate between order statistics. */
    private static double r7(double[] sorted, double p) {
        double h = (sorted.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }

    @Test
    void summaryMatchesDefinitionsOnRandomSamples() {
        Random random = new Random(7);
        for (int n = 1; n <= 40; n++) {
            double[] ms = new double[n];
            for (int i = 0; i < n; i++) {
                ms[i] = 5 + random.nextDouble() * 100;
            }
            double[] sorted = ms.clone();
            Arrays.sort(sorted);
            double mean = Arrays.stream(ms).sum() / n;
            double var =
                    n > 1 ? Arrays.stream(ms).map(x -> (x - mean) * (x - mean)).sum() / (n - 1) : 0;

            Stats s = Statistics.summarise(ms);

            assertThat(s.n()).isEqualTo(n);
            assertThat(s.minMs()).isEqualTo(sorted[0]);
            assertThat(s.meanMs()).isCloseTo(mean, within(1e-9));
            assertThat(s.stddevMs()).isCloseTo(Math.sqrt(var), within(1e-9));
            assertThat(s.medianMs()).isCloseTo(r7(sorted, 0.5), within(1e-9));
            assertThat(s.p95Ms()).isCloseTo(r7(sorted, 0.95), within(1e-9));
        }
    }

    /** Coverage of [x(k), x(n-k+1)] counted from binomial coefficients, independently of commons-math. */
    private static double coverageByCounting(int n, int k) {
        double below = 0;
        double c = 1;
        for (int j = 0; j < k; j++) {
            below += c;
            c = c * (n - j) / (j + 1);
        }
        return 1 - 2 * below / Math.pow(2, n);
    }

    @Test
    void medianIntervalIsTheWidestOrderStatisticPairWithAtLeast95PercentCoverage() {
        Random random = new Random(11);
        for (int n = 2; n <= 60; n++) {
            double[] ms = new double[n];
            for (int i = 0; i < n; i++) {
                ms[i] = 10 + random.nextGaussian();
            }
            double[] sorted = ms.clone();
            Arrays.sort(sorted);
            int k = 1;
            for (int j = 1; j <= (n + 1) / 2; j++) {
                if (coverageByCounting(n, j) >= 0.95) {
                    k = j;
                }
            }
            Stats s = Statistics.summarise(ms);
            assertThat(s.ciLowMs()).as("n=%d", n).isEqualTo(sorted[k - 1]);
            assertThat(s.ciHighMs()).as("n=%d", n).isEqualTo(sorted[n - k]);
            assertThat(s.ciLevel()).as("n=%d", n).isCloseTo(coverageByCounting(n, k), within(1e-9));
            assertThat(s.ciLowMs()).isLessThanOrEqualTo(s.medianMs());
            assertThat(s.ciHighMs()).isGreaterThanOrEqualTo(s.medianMs());
            if (n >= 6) {
                assertThat(s.ciLevel()).isGreaterThanOrEqualTo(0.95);
            }
        }
        // n = 10: [x(2), x(9)], coverage 1 - 2 * 11/1024
        Stats ten = Statistics.summarise(new double[] {10, 1, 9, 2, 8, 3, 7, 4, 6, 5});
        assertThat(ten.ciLowMs()).isEqualTo(2);
        assertThat(ten.ciHighMs()).isEqualTo(9);
        assertThat(ten.ciLevel()).isCloseTo(1 - 22.0 / 1024, within(1e-12));
        assertThat(ten.cv()).isCloseTo(ten.stddevMs() / 5.5, within(1e-12));
    }

    @Test
    void outliersAreFlaggedByModifiedZScoreAndKept() {
        double[] ms = {10.0, 10.2, 9.9, 10.1, 10.0, 25.0, 10.3, 9.8};
        Stats s = Statistics.summarise(ms);
        assertThat(s.outliers()).containsExactly(6);
        assertThat(s.n()).isEqualTo(8);
        assertThat(s.maxMs()).isEqualTo(25.0);
        assertThat(Statistics.summarise(new double[] {5, 5, 5, 5}).outliers()).isEmpty();
        assertThat(Statistics.summarise(new double[] {10, 10.5, 11, 10.2, 10.8}).outliers())
                .isEmpty();
    }

    @Test
    void noSamplesGiveNoStatistics() {
        assertThat(Statistics.summarise(new double[0])).isNull();
    }
}
