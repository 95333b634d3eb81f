package io.icebench.cli.run;

import io.icebench.cli.run.RunPlan.PlannedEngine;
import io.icebench.core.model.ColdRun;
import io.icebench.core.model.ErrorKind;
import io.icebench.core.model.Failure;
import io.icebench.core.protocol.Message;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * {@code --cold fresh-process}: each cold sample of a query runs in a brand-new worker (after dropping the
 * OS page cache with {@code --drop-caches}), so that nothing the engine cached survives; the worker's start,
 * the engine's set-up and the query are timed apart, and the worker is stopped after the one execution.
 */
final class FreshProcessColdRuns {

    private final RunPlan plan;
    private final PlannedEngine engine;
    private final WorkerLauncher launcher;
    private final CompilerQuiet compilerQuiet = CompilerQuiet.ofThisJvm();

    FreshProcessColdRuns(RunPlan plan, PlannedEngine engine, WorkerLauncher launcher) {
        this.plan = plan;
        this.engine = engine;
        this.launcher = launcher;
    }

    List<ColdRun> measure(String queryId, String sql, boolean ordered, Path log, Supplier<Duration> remaining)
            throws WorkerFailure {
        List<ColdRun> runs = new ArrayList<>();
        for (int i = 0; i < plan.freshProcessColdRuns(); i++) {
            boolean dropped = plan.dropCaches() && PageCache.drop();
            WorkerLauncher.ReadyWorker ready =
                    launcher.start(engine, plan.openFor(engine), plan.tables(), log, remaining);
            WorkerConnection worker = ready.connection();
            try {
                compilerQuiet.awaitIdle(remaining.get());
                worker.resetPeakMemory();
                Duration budget =
                        plan.queryTimeout() != null && plan.queryTimeout().compareTo(remaining.get()) < 0
                                ? plan.queryTimeout()
                                : remaining.get();
                Message reply = worker.request(
                        Message.Execute.once(queryId, sql, ordered, 0), budget, queryId + " (fresh-process cold run)");
                if (reply instanceof Message.Error error) {
                    throw new WorkerFailure(Failure.of(error.kind(), error.message()));
                }
                if (!(reply instanceof Message.Executed executed)) {
                    throw new WorkerFailure(Failure.of(ErrorKind.CRASH, "unexpected reply " + reply));
                }
                runs.add(new ColdRun(
                        ready.startupMs(), ready.setupMs(), executed.nanos() / 1e6, worker.peakRssBytes(), dropped));
            } finally {
                worker.close();
            }
        }
        return runs;
    }
}
