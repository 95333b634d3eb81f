package io.icebench.cli.run;

import io.icebench.core.model.BenchmarkResults;
import io.icebench.core.model.EngineRun;
import io.icebench.core.model.Failure;
import io.icebench.core.model.IterationResult;
import io.icebench.core.model.QueryRun;
import java.util.ArrayList;
import java.util.List;
import java.util.Timer;
import java.util.TimerTask;
import java.util.function.LongSupplier;

/**
 * Holds the iterations of short executions for the listeners that write them (the console's lines, the JSON Lines
 * records) and hands them over when the query's runs end, or once they have been held {@link #HOLD_NANOS}. Written
 * between two executions, about 1 ms of work that leaves its traces in the caches DuckDB's next run then uses, they
 * made runs of 10 to 25 ms about 6% slower than a bare loop's ({@code scripts/bench-harness-jvm}, docs/method.md).
 * An execution of {@link #SHORT_MS} or more, and every other event, first hands over what is held, in order; a
 * timer hands it over once held that long even when no event comes (an execution that hangs), and {@link #close}
 * when the run ends by an exception.
 */
public final class HeldIterations implements RunListener, AutoCloseable {

    static final double SHORT_MS = 1_000;
    static final long HOLD_NANOS = 1_000_000_000L;

    private record Held(IterationResult result, int of) {}

    private final RunListener writers;
    private final LongSupplier clock;
    private final List<Held> held = new ArrayList<>();
    private final Timer timer;
    private long heldSince;

    public HeldIterations(RunListener writers) {
        this(writers, System::nanoTime, new Timer("held-iterations", true));
    }

    /** {@code timer} null: none (tests hand time over through {@code clock}). */
    HeldIterations(RunListener writers, LongSupplier clock, Timer timer) {
        this.writers = writers;
        this.clock = clock;
        this.timer = timer;
    }

    @Override
    public synchronized void iteration(IterationResult result, int of) {
        long now = clock.getAsLong();
        if (result.roundtripMs() < SHORT_MS && (held.isEmpty() || now - heldSince < HOLD_NANOS)) {
            if (held.isEmpty()) {
                heldSince = now;
                if (timer != null) {
                    timer.schedule(handOverWhenDue(), HOLD_NANOS / 1_000_000 + 1);
                }
            }
            held.add(new Held(result, of));
            return;
        }
        handOver();
        writers.iteration(result, of);
    }

    private TimerTask handOverWhenDue() {
        return new TimerTask() {
            @Override
            public void run() {
                synchronized (HeldIterations.this) {
                    if (!held.isEmpty() && clock.getAsLong() - heldSince >= HOLD_NANOS) {
                        handOver();
                    }
                }
            }
        };
    }

    private void handOver() {
        List<Held> due = List.copyOf(held);
        held.clear();
        due.forEach(h -> writers.iteration(h.result(), h.of()));
    }

    /** Hands over what is held and stops the timer. */
    @Override
    public synchronized void close() {
        handOver();
        if (timer != null) {
            timer.cancel();
        }
    }

    @Override
    public synchronized void runStarted(RunPlan plan) {
        handOver();
        writers.runStarted(plan);
    }

    @Override
    public synchronized void engineReady(String engine, String version, double startupMs, double setupMs, Long rss) {
        handOver();
        writers.engineReady(engine, version, startupMs, setupMs, rss);
    }

    @Override
    public synchronized void engineFailed(String engine, Failure failure) {
        handOver();
        writers.engineFailed(engine, failure);
    }

    @Override
    public synchronized void queryStarted(String engine, Query query) {
        handOver();
        writers.queryStarted(engine, query);
    }

    @Override
    public synchronized void queryFinished(String engine, QueryRun run) {
        handOver();
        writers.queryFinished(engine, run);
    }

    @Override
    public synchronized void engineFinished(EngineRun run) {
        handOver();
        writers.engineFinished(run);
    }

    @Override
    public synchronized void runFinished(BenchmarkResults results) {
        close();
        writers.runFinished(results);
    }
}
