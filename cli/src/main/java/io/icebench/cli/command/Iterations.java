package io.icebench.cli.command;

import io.icebench.core.config.ConfigException;
import io.icebench.core.config.Defaults;
import java.time.Duration;

/**
 * How many measured runs per query: a fixed {@code count} (0: the cold run only), or {@code auto} up to
 * {@code count} / {@code timeCap}.
 */
record Iterations(int count, boolean auto, Duration timeCap) {

    Iterations {
        if (auto && count < Defaults.AUTO_MIN_ITERATIONS) {
            throw new ConfigException("--max-iterations must be at least " + Defaults.AUTO_MIN_ITERATIONS
                    + " (the fewest runs that give a 95% interval for the median)");
        }
        if (count < 0) {
            throw new ConfigException("--iterations must be 0 (the cold run only), a positive number or auto");
        }
    }

    static Iterations fixed(int count) {
        return new Iterations(count, false, null);
    }

    /** No measured runs: each query's cold run alone (its time and answer). */
    boolean coldOnly() {
        return !auto && count == 0;
    }

    /** Until the median is precise enough, at most {@code max} runs or {@code timeCap} of measuring. */
    static Iterations auto(int max, Duration timeCap) {
        return new Iterations(max, true, timeCap);
    }
}
