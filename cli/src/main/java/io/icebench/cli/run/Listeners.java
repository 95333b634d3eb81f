package io.icebench.cli.run;

import io.icebench.core.model.BenchmarkResults;
import io.icebench.core.model.EngineRun;
import io.icebench.core.model.Failure;
import io.icebench.core.model.IterationResult;
import io.icebench.core.model.QueryRun;
import java.util.List;

/** Hands each event to several listeners, in order. */
public final class Listeners implements RunListener {

    private final List<RunListener> listeners;

    public Listeners(List<RunListener> listeners) {
        this.listeners = List.copyOf(listeners);
    }

    @Override
    public synchronized void runStarted(RunPlan plan) {
        listeners.forEach(l -> l.runStarted(plan));
    }

    @Override
    public synchronized void engineReady(String engine, String version, double startupMs, double setupMs, Long rss) {
        listeners.forEach(l -> l.engineReady(engine, version, startupMs, setupMs, rss));
    }

    @Override
    public synchronized void engineFailed(String engine, Failure failure) {
        listeners.forEach(l -> l.engineFailed(engine, failure));
    }

    @Override
    public synchronized void queryStarted(String engine, Query query) {
        listeners.forEach(l -> l.queryStarted(engine, query));
    }

    @Override
    public synchronized void iteration(IterationResult result, int of) {
        listeners.forEach(l -> l.iteration(result, of));
    }

    @Override
    public synchronized void queryFinished(String engine, QueryRun run) {
        listeners.forEach(l -> l.queryFinished(engine, run));
    }

    @Override
    public synchronized void engineFinished(EngineRun run) {
        listeners.forEach(l -> l.engineFinished(run));
    }

    @Override
    public synchronized void runFinished(BenchmarkResults results) {
        listeners.forEach(l -> l.runFinished(results));
    }
}
