package io.icebench.cli.run;

import io.icebench.core.config.Defaults;
import io.icebench.core.stats.Statistics;
import java.time.Duration;
import java.util.List;

/**
 * When the measured runs of a query stop: after {@code iterations} runs; or, with {@code auto}, as soon as
 * the median's 95% interval is within ±5% (from 6 runs on), at {@code iterations} runs (the maximum), or
 * when {@code timeCap} has passed since the first measured run began.
 */
public record MeasuringStop(int iterations, boolean auto, Duration timeCap) {

    public static MeasuringStop of(RunPlan plan) {
        return new MeasuringStop(plan.iterations(), plan.autoIterations(), plan.autoTimeCap());
    }

    /** Why measuring stops now, after {@code measuredMs} and {@code elapsedNanos} of measuring; null to go on. */
    public StopReason reason(List<Double> measuredMs, long elapsedNanos) {
        int n = measuredMs.size();
        if (!auto) {
            return n >= iterations ? StopReason.ITERATIONS : null;
        }
        if (n >= Defaults.AUTO_MIN_ITERATIONS
                && Statistics.summarise(measuredMs.stream()
                                        .mapToDouble(Double::doubleValue)
                                        .toArray())
                                .relativeHalfWidth()
                        < Defaults.AUTO_PRECISION) {
            return StopReason.PRECISION;
        }
        if (n >= iterations) {
            return StopReason.ITERATIONS;
        }
        return n > 0 && elapsedNanos >= timeCap.toNanos() ? StopReason.TIME : null;
    }
}
