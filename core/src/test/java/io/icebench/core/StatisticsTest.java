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
            double var = n > 1 ? Arrays.stream(ms).map(x -> (x - mean) * (x - mean)).sum() / (n - 1) : 0;

            Stats s = Statistics.summarise(ms);

            assertThat(s.n()).isEqualTo(n);
            assertThat(s.minMs()).isEqualTo(sorted[0]);
            assertThat(s.meanMs()).isCloseTo(mean, within(1e-9));
            assertThat(s.stddevMs()).isCloseTo(Math.sqrt(var), within(1e-9));
            assertThat(s.medianMs()).isCloseTo(r7(sorted, 0.5), within(1e-9));
            assertThat(s.p95Ms()).isCloseTo(r7(sorted, 0.95), within(1e-9));
        }
    }

    @Test
    void noSamplesGiveNoStatistics() {
        assertThat(Statistics.summarise(new double[0])).isNull();
    }
}
