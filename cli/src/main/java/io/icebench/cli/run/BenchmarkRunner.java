package io.icebench.cli.run;

import io.icebench.core.model.BenchmarkResults;
import io.icebench.core.model.EngineRun;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs a plan: engines one after another (or {@code parallel} at once, timings marked contended), each in
 * its own worker process, reporting to a listener as results come.
 */
public final class BenchmarkRunner {

    private final RunPlan plan;
    private final RunListener listener;
    private final ResultsAssembler assembler;
    private final List<EngineSession> sessions = new ArrayList<>();
    private volatile boolean aborted;

    /** Each engine's workers are processes of their own. */
    public BenchmarkRunner(RunPlan plan, RunListener listener, ResultsAssembler assembler) {
        this(plan, listener, assembler, WorkerStarter.processes());
    }

    /** Workers come from {@code starter}. */
    public BenchmarkRunner(RunPlan plan, RunListener listener, ResultsAssembler assembler, WorkerStarter starter) {
        this.plan = plan;
        this.listener = listener;
        this.assembler = assembler;
        WorkerLauncher launcher = new WorkerLauncher(starter);
        for (RunPlan.PlannedEngine engine : plan.engines()) {
            sessions.add(new EngineSession(plan, engine, listener, launcher));
        }
    }

    public BenchmarkResults run() {
        listener.runStarted(plan);
        List<EngineRun> runs = new ArrayList<>();
        if (plan.parallel() <= 1) {
            for (EngineSession session : sessions) {
                EngineRun run = session.run();
                listener.engineFinished(run);
                runs.add(run);
            }
        } else {
            ExecutorService pool = Executors.newFixedThreadPool(plan.parallel());
            try {
                List<Future<EngineRun>> futures = new ArrayList<>();
                for (EngineSession session : sessions) {
                    futures.add(pool.submit(() -> {
                        EngineRun run = session.run();
                        listener.engineFinished(run);
                        return run;
                    }));
                }
                for (Future<EngineRun> future : futures) {
                    runs.add(await(future));
                }
            } finally {
                pool.shutdownNow();
            }
        }
        BenchmarkResults results = assembler.assemble(plan, runs, aborted);
        listener.runFinished(results);
        return results;
    }

    /** Ctrl-C: kills every worker; {@link #run()} then returns what was measured, marked interrupted. */
    public void abort() {
        aborted = true;
        // every engine first, so that none starts while the running one's worker is being killed
        sessions.forEach(EngineSession::stopStarting);
        sessions.forEach(EngineSession::abort);
    }

    public boolean aborted() {
        return aborted;
    }

    private static EngineRun await(Future<EngineRun> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("an engine session failed: " + e.getCause(), e.getCause());
        }
    }
}
