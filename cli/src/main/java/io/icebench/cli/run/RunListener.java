package io.icebench.cli.run;

import io.icebench.core.model.BenchmarkResults;
import io.icebench.core.model.EngineRun;
import io.icebench.core.model.Failure;
import io.icebench.core.model.IterationResult;
import io.icebench.core.model.QueryRun;

/** Receives a run as it happens. Outputs (console, JSON Lines, results file) are listeners. */
public interface RunListener {

    default void runStarted(RunPlan plan) {}

    /** The engine's worker started and finished setup. */
    default void engineReady(
            String engine, String version, double startupMs, double setupMs, Long rssAfterSetupBytes) {}

    default void engineFailed(String engine, Failure failure) {}

    default void queryStarted(String engine, Query query) {}

    default void iteration(IterationResult result, int of) {}

    default void queryFinished(String engine, QueryRun run) {}

    default void engineFinished(EngineRun run) {}

    default void runFinished(BenchmarkResults results) {}
}
