package io.icebench.cli.run;

import io.icebench.core.config.Defaults;
import io.icebench.core.stats.Statistics;
import java.time.Duration;
import java.util.List;

/**
 * When the measured runs of a query stop: after {@code iterations} runs; or, with {@code auto}, as soon as
 * the median's 95% interval is within ±5% (from 6 runs on), at {@code iterations} runs (the maximum), or
 * when {@code timeCap} has passed since the first measured run began. The rule is asked between series of runs
 * ({@link #seriesLength}).
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

    /**
     * How many runs go back to back in the worker before this rule is asked again, each expected to take {@code
     * runMs}: as many as fit in {@link Defaults#SERIES_SPAN}, never past {@code iterations}; with {@code auto} also
     * never past the time cap, nor before the minimum runs past it, and after it at most half the runs so far (a
     * series may run past the precision reached, by that much at most). At least one.
     */
    public int seriesLength(List<Double> measuredMs, long elapsedNanos, double runMs) {
        int n = measuredMs.size();
        long length = Math.min(iterations - n, fitting(Defaults.SERIES_SPAN.toNanos(), runMs));
        if (auto) {
            length = Math.min(length, n < Defaults.AUTO_MIN_ITERATIONS ? Defaults.AUTO_MIN_ITERATIONS - n : n / 2);
            length = Math.min(length, fitting(timeCap.toNanos() - elapsedNanos, runMs));
        }
        return (int) Math.max(1, length);
    }

    private static long fitting(long nanos, double runMs) {
        return runMs > 0 ? (long) (nanos / (runMs * 1e6)) : Long.MAX_VALUE;
    }
}
