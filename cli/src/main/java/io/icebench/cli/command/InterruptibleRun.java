package io.icebench.cli.command;

import io.icebench.cli.run.BenchmarkRunner;
import io.icebench.core.model.BenchmarkResults;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * Runs a benchmark so that Ctrl-C still saves what was measured: the JVM's shutdown hook stops every worker
 * ({@link BenchmarkRunner#abort()}), the run returns what it has, and the hook holds the JVM (up to 20 s)
 * until that is saved and {@code afterInterrupt} has run.
 */
final class InterruptibleRun {

    private static final long SAVE_WAIT_SECONDS = 20;

    /** What a run gave, whether it was saved and whether Ctrl-C stopped it. */
    record Outcome(BenchmarkResults results, boolean saved, boolean interrupted) {}

    /** After a Ctrl-C, once the results are saved (or could not be): told whether they were. */
    @FunctionalInterface
    interface AfterInterrupt {
        void accept(boolean saved);
    }

    private InterruptibleRun() {}

    static Outcome run(BenchmarkRunner runner, Predicate<BenchmarkResults> save, AfterInterrupt afterInterrupt) {
        CountDownLatch finished = new CountDownLatch(1);
        Thread hook = new Thread(
                () -> {
                    runner.abort();
                    try {
                        finished.await(SAVE_WAIT_SECONDS, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                },
                "icebench-interrupt");
        Runtime.getRuntime().addShutdownHook(hook);
        BenchmarkResults results;
        boolean saved = false;
        try {
            results = runner.run();
            saved = save.test(results);
        } finally {
            if (runner.aborted()) {
                afterInterrupt.accept(saved);
            }
            finished.countDown(); // the JVM exits as soon as the hook returns: everything is written by now
            removeHook(hook);
        }
        return new Outcome(results, saved, runner.aborted());
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // the JVM is shutting down (Ctrl-C): the hook is running and ends by itself
        }
    }
}
