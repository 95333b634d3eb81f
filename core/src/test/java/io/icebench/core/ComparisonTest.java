package io.icebench.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.icebench.core.model.Comparison;
import io.icebench.core.model.Stats;
import io.icebench.core.stats.Statistics;
import org.junit.jupiter.api.Test;

class ComparisonTest {

    @Test
    void aRangeFromAnEngineOfFewerThanSixRunsSaysItIsNoNinetyFivePercentOne() {
        Stats once = Statistics.summarise(new double[] {400});
        Stats tenRuns = Statistics.summarise(new double[] {20, 21, 22, 20, 23, 21, 22, 20, 21, 22});
        assertThat(once.ciLevel()).isLessThan(0.95);
        assertThat(tenRuns.ciLevel()).isGreaterThanOrEqualTo(0.95);

        Comparison fromOneRun = comparison(Math.min(once.ciLevel(), tenRuns.ciLevel()), false);
        assertThat(fromOneRun.sentence())
                .startsWith("duckdb is 19.00× (17.00–20.00) faster than spark on q6")
                .endsWith("; fewer than 6 runs: not a 95% range");
        assertThat(comparison(tenRuns.ciLevel(), false).sentence()).doesNotContain("95%");
    }

    @Test
    void aTieAndAComparisonReadFromAnOlderFileCarryNoCaveat() {
        assertThat(comparison(0.5, true).rangeCaveat()).isEmpty();
        assertThat(comparison(null, false).rangeCaveat()).isEmpty();
    }

    private static Comparison comparison(Double ciLevel, boolean tie) {
        return new Comparison("q6", "duckdb", "spark", 19, 17, 20, tie, ciLevel);
    }
}
