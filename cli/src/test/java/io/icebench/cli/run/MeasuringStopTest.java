package io.icebench.cli.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rule that ends measuring a query. */
class MeasuringStopTest {

    private static final long ONE_SECOND = 1_000_000_000L;

    @Test
    void aFixedCountStopsAtTheCountWhateverTheTimings() {
        MeasuringStop stop = new MeasuringStop(3, false, null);
        assertThat(stop.reason(List.of(1.0, 900.0), Long.MAX_VALUE)).isNull();
        assertThat(stop.reason(List.of(1.0, 900.0, 5.0), 0)).isEqualTo(StopReason.ITERATIONS);
    }

    @Test
    void autoNeedsSixRunsBeforeThePrecisionCanStopIt() {
        MeasuringStop stop = new MeasuringStop(100, true, Duration.ofMinutes(1));
        assertThat(stop.reason(Collections.nCopies(5, 10.0), 0)).isNull();
        assertThat(stop.reason(Collections.nCopies(6, 10.0), 0)).isEqualTo(StopReason.PRECISION);
    }

    @Test
    void autoStopsAtTheMaximumOrWhenTheTimeIsUp() {
        List<Double> noisy = List.of(10.0, 1000.0, 10.0, 1000.0, 10.0, 1000.0, 10.0);
        assertThat(new MeasuringStop(7, true, Duration.ofMinutes(1)).reason(noisy, 0))
                .isEqualTo(StopReason.ITERATIONS);
        MeasuringStop capped = new MeasuringStop(100, true, Duration.ofSeconds(2));
        assertThat(capped.reason(noisy, ONE_SECOND)).isNull();
        assertThat(capped.reason(noisy, 2 * ONE_SECOND)).isEqualTo(StopReason.TIME);
        assertThat(capped.reason(List.of(), 5 * ONE_SECOND))
                .as("at least one measured run")
                .isNull();
    }

    @Test
    void aSeriesHoldsTheRunsThatFitInASecondAndNeverPassesTheCount() {
        MeasuringStop fixed = new MeasuringStop(20, false, null);
        assertThat(fixed.seriesLength(List.of(), 0, 15.0)).isEqualTo(20);
        assertThat(fixed.seriesLength(Collections.nCopies(18, 15.0), 0, 15.0)).isEqualTo(2);
        assertThat(fixed.seriesLength(List.of(), 0, 300.0)).isEqualTo(3);
        assertThat(fixed.seriesLength(List.of(), 0, 2500.0))
                .as("a slow query runs one at a time")
                .isEqualTo(1);
        assertThat(fixed.seriesLength(List.of(), 0, 0.0)).isEqualTo(20);
    }

    @Test
    void anAutoSeriesStopsAtTheSixthRunThenTakesAtMostHalfTheRunsSoFarAndKeepsToTheTimeCap() {
        MeasuringStop auto = new MeasuringStop(100, true, Duration.ofSeconds(60));
        assertThat(auto.seriesLength(List.of(), 0, 10.0)).isEqualTo(6);
        assertThat(auto.seriesLength(Collections.nCopies(4, 10.0), 0, 10.0)).isEqualTo(2);
        assertThat(auto.seriesLength(Collections.nCopies(6, 10.0), 0, 10.0)).isEqualTo(3);
        assertThat(auto.seriesLength(Collections.nCopies(40, 10.0), 0, 10.0)).isEqualTo(20);
        assertThat(auto.seriesLength(Collections.nCopies(98, 1.0), 0, 1.0)).isEqualTo(2);
        assertThat(auto.seriesLength(Collections.nCopies(40, 10.0), 60 * ONE_SECOND - 50_000_000L, 10.0))
                .as("50 ms left of the time cap")
                .isEqualTo(5);
    }
}
