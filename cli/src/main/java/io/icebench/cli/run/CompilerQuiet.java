package io.icebench.cli.run;

import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/**
 * Keeps the coordinator's own JIT compiler off the cores while an engine is timed. The coordinator's code between
 * two executions (results, progress, JSON lines) is new to the JVM early in a run, and so is the backlog a data
 * generation leaves; HotSpot compiles it on its compiler threads ({@link CompilerThreads}), which would take a core from
 * the engine's next execution. Before each timed execution the coordinator waits while one of them runs: at most
 * {@link #MAX_WAIT} at a time and {@link #MAX_TOTAL} for an engine, so that a compiler that never rests costs a run
 * little. An engine's own JIT is left alone: it is part of what the engine costs, as it is when the engine is run by
 * hand.
 */
final class CompilerQuiet {

    static final Duration MAX_WAIT = Duration.ofMillis(250);
    static final Duration MAX_TOTAL = Duration.ofSeconds(10);
    static final long POLL_NANOS = 250_000;

    private final BooleanSupplier compiling;
    private final Duration maxTotal;
    private long waitedNanos;

    /** {@code compiling}: whether a compiler thread runs now (false when that cannot be told). */
    CompilerQuiet(BooleanSupplier compiling, Duration maxTotal) {
        this.compiling = compiling;
        this.maxTotal = maxTotal;
    }

    /** This JVM's compiler threads, for one engine's executions. */
    static CompilerQuiet ofThisJvm() {
        return new CompilerQuiet(new CompilerThreads(CompilerThreads.OF_THIS_JVM)::running, MAX_TOTAL);
    }

    /** Waits while the compiler runs, at most {@link #MAX_WAIT}, {@code atMost} and what is left of the total. */
    Duration awaitIdle(Duration atMost) {
        long start = System.nanoTime();
        long limit = Math.min(Math.min(MAX_WAIT.toNanos(), atMost.toNanos()), maxTotal.toNanos() - waitedNanos);
        while (System.nanoTime() - start < limit
                && !Thread.currentThread().isInterrupted()
                && compiling.getAsBoolean()) {
            LockSupport.parkNanos(POLL_NANOS);
        }
        long waited = System.nanoTime() - start;
        waitedNanos += waited;
        return Duration.ofNanos(waited);
    }
}
