package io.icebench.cli.command;

import io.icebench.cli.Main;
import io.icebench.core.model.EngineRun;
import io.icebench.core.model.EngineStatus;
import io.icebench.core.verify.QueryVerification;

/**
 * The exit code of a benchmark run: 130 when Ctrl-C stopped it; 1 when its results could not be saved, an
 * engine or query failed (an engine unavailable here counts only when the user named the engines) or the
 * engines' answers differ; else 0. (Usage and configuration errors, 2, never reach a run.)
 */
final class RunExitCode {

    private RunExitCode() {}

    static int of(InterruptibleRun.Outcome outcome, boolean enginesNamed) {
        if (outcome.interrupted()) {
            return Main.INTERRUPTED;
        }
        if (!outcome.saved()) {
            return Main.FAILURES;
        }
        boolean failures = outcome.results().engines().stream().anyMatch(e -> failed(e, enginesNamed));
        boolean mismatches = outcome.results().verification() != null
                && outcome.results().verification().stream().anyMatch(QueryVerification::failed);
        return failures || mismatches ? Main.FAILURES : Main.OK;
    }

    private static boolean failed(EngineRun engine, boolean enginesNamed) {
        return engine.status() != EngineStatus.OK && (enginesNamed || engine.status() != EngineStatus.UNAVAILABLE);
    }
}
