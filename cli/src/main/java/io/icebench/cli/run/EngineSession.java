package io.icebench.cli.run;

import io.icebench.cli.run.RunPlan.PlannedEngine;
import io.icebench.core.model.EngineRun;
import io.icebench.core.model.EngineStatus;
import io.icebench.core.model.ErrorKind;
import io.icebench.core.model.Failure;
import io.icebench.core.model.QueryRun;
import io.icebench.core.model.TableSnapshot;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs every query of a plan on one engine and gives the engine's result. An engine that cannot run here,
 * or can open none of the run's tables, is reported unavailable; a worker that cannot start ends the engine;
 * a worker that crashes or times out costs only its query ({@link EngineWorker} starts a fresh one).
 */
final class EngineSession {

    private final RunPlan plan;
    private final PlannedEngine engine;
    private final RunListener listener;
    private final Path log;
    private final EngineWorker worker;
    private final QueryMeasurement measurement;
    private final List<QueryRun> queries = new ArrayList<>();

    EngineSession(RunPlan plan, PlannedEngine engine, RunListener listener, WorkerLauncher launcher) {
        this.plan = plan;
        this.engine = engine;
        this.listener = listener;
        this.log = plan.logDir().resolve(engine.spec().label() + ".log");
        this.worker = new EngineWorker(plan, engine, launcher, log, listener);
        this.measurement = new QueryMeasurement(plan, engine, worker, launcher, unreadableTables(), listener, log);
    }

    String label() {
        return engine.spec().label();
    }

    EngineRun run() {
        String unavailable =
                !engine.descriptor().available() ? engine.descriptor().unavailableReason() : storageOutOfReach();
        if (unavailable != null) {
            Failure failure = Failure.of(ErrorKind.UNAVAILABLE, unavailable);
            listener.engineFailed(label(), failure);
            return result(EngineStatus.UNAVAILABLE, failure);
        }
        worker.startBudget();
        Failure engineFailure = null;
        for (Query query : plan.queries()) {
            if (worker.aborted()) {
                break;
            }
            if (!worker.running()) {
                try {
                    worker.start();
                } catch (WorkerFailure e) {
                    if (worker.aborted()) {
                        break; // the start was cut short by Ctrl-C: interrupted, not an engine error
                    }
                    engineFailure = e.failure();
                    listener.engineFailed(label(), engineFailure);
                    break;
                }
            }
            QueryRun run = measurement.measure(query);
            synchronized (queries) {
                queries.add(run);
            }
            listener.queryFinished(label(), run);
        }
        worker.stop();
        boolean allOk =
                queries.size() == plan.queries().size() && queries.stream().allMatch(QueryRun::ok);
        return result(
                engineFailure != null
                        ? EngineStatus.ERROR
                        : worker.aborted() ? EngineStatus.INTERRUPTED : allOk ? EngineStatus.OK : EngineStatus.FAILED,
                engineFailure);
    }

    /** Ctrl-C, first step: this engine starts no worker and runs no query any more. */
    void stopStarting() {
        worker.stopStarting();
    }

    /** Stops the worker at once (Ctrl-C); {@link #run()} then returns what was measured. */
    void abort() {
        worker.abort();
    }

    private EngineRun result(EngineStatus status, Failure failure) {
        List<QueryRun> copy;
        synchronized (queries) {
            copy = List.copyOf(queries);
        }
        return new EngineRun(
                label(),
                engine.spec().engine(),
                worker.version(),
                status,
                failure,
                worker.startupMs(),
                worker.setupMs(),
                worker.rssAfterSetup(),
                worker.starts(),
                engine.descriptor().available() ? log.toString() : null,
                copy);
    }

    /** The run's tables this engine cannot read right, with why; their queries are refused. */
    private Map<TableSnapshot, String> unreadableTables() {
        Map<TableSnapshot, String> unreadable = new LinkedHashMap<>();
        for (TableSnapshot table : plan.tables()) {
            String why = engine.descriptor()
                    .access()
                    .whyNotReadable(engine.spec().engine(), engine.spec().engineOptions(), table);
            if (why != null) {
                unreadable.put(table, why);
            }
        }
        return unreadable;
    }

    /** Why the engine can open none of the run's tables (all on a file system it does not open), else null. */
    private String storageOutOfReach() {
        List<String> reasons = plan.tables().stream()
                .map(t -> engine.descriptor()
                        .access()
                        .opens()
                        .whyNotOpened(engine.spec().engine(), engine.spec().engineOptions(), t))
                .toList();
        return reasons.isEmpty() || engine.descriptor().access().readsCatalog() || reasons.contains(null)
                ? null
                : reasons.get(0);
    }
}
