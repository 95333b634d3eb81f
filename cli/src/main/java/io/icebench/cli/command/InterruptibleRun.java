package io.icebench.cli.command;

import io.icebench.cli.run.BenchmarkRunner;
import io.icebench.core.model.BenchmarkResults;
import java.util.function.Predicate;

/**
 * Runs a benchmark so that Ctrl-C still saves what was measured: the JVM's shutdown hook stops every worker
 * ({@link BenchmarkRunner#abort()}), the run returns what it has, and the hook holds the JVM (up to 20 s)
 * until that is saved and {@code afterInterrupt} has run.
 */
final class InterruptibleRun {

    /** What a run gave, whether it was saved and whether Ctrl-C stopped it. */
    record Outcome(BenchmarkResults results, boolean saved, boolean interrupted) {}

    /** After a Ctrl-C, once the results are saved (or could not be): told whether they were. */
    @FunctionalInterface
    interface AfterInterrupt {
        void accept(boolean saved);
    }

    private InterruptibleRun() {}

    static Outcome run(BenchmarkRunner runner, Predicate<BenchmarkResults> save, AfterInterrupt afterInterrupt) {
        BenchmarkResults results;
        boolean saved = false;
        try (SaveOnInterrupt guard = new SaveOnInterrupt("icebench-interrupt", runner::abort)) {
            try {
                results = runner.run();
                saved = save.test(results);
            } finally {
                if (runner.aborted()) {
                    afterInterrupt.accept(saved);
                }
            }
        }
        return new Outcome(results, saved, runner.aborted());
    }
}
