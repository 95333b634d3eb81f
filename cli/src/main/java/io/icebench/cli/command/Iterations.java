package io.icebench.cli.command;

import java.time.Duration;

/** How many measured runs per query: a fixed {@code count}, or {@code auto} up to {@code count} / {@code timeCap}. */
record Iterations(int count, boolean auto, Duration timeCap) {

    static Iterations fixed(int count) {
        return new Iterations(count, false, null);
    }
}
