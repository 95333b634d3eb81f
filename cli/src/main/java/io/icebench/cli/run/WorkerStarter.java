package io.icebench.cli.run;

import io.icebench.cli.run.RunPlan.PlannedEngine;
import java.io.IOException;
import java.nio.file.Path;

/** Starts a worker for an engine of the plan, its output kept in {@code log}. */
@FunctionalInterface
public interface WorkerStarter {

    WorkerConnection start(PlannedEngine engine, Path log) throws IOException;

    /** Each worker a process of its own, started with the command its engine's descriptor gives. */
    static WorkerStarter processes() {
        return (engine, log) -> WorkerProcess.start(
                engine.descriptor().commandFor(engine.spec(), log.getParent()),
                log,
                engine.descriptor().environment());
    }
}
