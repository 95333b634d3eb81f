package io.icebench.cli.run;

import io.icebench.cli.run.RunPlan.PlannedEngine;
import io.icebench.core.config.Defaults;
import io.icebench.core.model.ErrorKind;
import io.icebench.core.model.Failure;
import io.icebench.core.model.IterationResult;
import io.icebench.core.model.QueryRun;
import io.icebench.core.model.SqlText;
import io.icebench.core.model.TableSnapshot;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The phases of one query on one engine: with {@code --cold fresh-process} the cold runs in new workers, then
 * in the engine's worker a cold run (its answer kept for verification), the warm-up runs (discarded) and the
 * measured runs until {@link MeasuringStop} says enough, in series back to back in the worker (docs/method.md). A
 * query that names a table the engine cannot read right is refused without running.
 */
final class QueryMeasurement {

    private final RunPlan plan;
    private final PlannedEngine engine;
    private final EngineWorker worker;
    private final FreshProcessColdRuns freshProcessColdRuns;
    private final Map<TableSnapshot, String> unreadable;
    private final RunListener listener;
    private final Path log;
    private final MeasuringStop stop;

    QueryMeasurement(
            RunPlan plan,
            PlannedEngine engine,
            EngineWorker worker,
            WorkerLauncher launcher,
            Map<TableSnapshot, String> unreadable,
            RunListener listener,
            Path log) {
        this.plan = plan;
        this.engine = engine;
        this.worker = worker;
        this.freshProcessColdRuns = new FreshProcessColdRuns(plan, engine, launcher);
        this.unreadable = unreadable;
        this.listener = listener;
        this.log = log;
        this.stop = MeasuringStop.of(plan);
    }

    QueryRun measure(Query query) {
        listener.queryStarted(engine.spec().label(), query);
        String name = engine.spec().engine();
        String sql = query.sqlFor(name);
        boolean ordered = SqlText.isOrdered(sql);
        QueryRunBuilder run = new QueryRunBuilder(query.id(), sql, query.variantOf(name));
        for (Map.Entry<TableSnapshot, String> refused : unreadable.entrySet()) {
            if (TableMentions.mentions(sql, refused.getKey())) {
                return run.failed(Failure.of(ErrorKind.UNSUPPORTED, refused.getValue()));
            }
        }
        if (plan.freshProcessColdRuns() > 0) {
            try {
                run.freshProcessColdRuns(
                        freshProcessColdRuns.measure(query.id(), sql, ordered, log, worker::remaining));
            } catch (WorkerFailure e) {
                return run.failed(worker.explain(e.failure()));
            }
        }
        long measuringSince = 0;
        double lastRoundtripMs = 0;
        for (int k = 0; ; ) {
            Phase phase = k == 0 ? Phase.COLD : k <= plan.warmup() ? Phase.WARMUP : Phase.MEASURED;
            int times = 1;
            if (phase == Phase.MEASURED) {
                List<Double> measured = run.measuredMs();
                measuringSince = measured.isEmpty() ? System.nanoTime() : measuringSince;
                long measuring = System.nanoTime() - measuringSince;
                StopReason stoppedBy = stop.reason(measured, measuring);
                if (stoppedBy != null) {
                    return run.succeeded(plan.autoIterations() ? stoppedBy : null);
                }
                times = stop.seriesLength(measured, measuring, lastRoundtripMs);
            }
            if (phase == Phase.COLD && plan.dropCaches() && plan.freshProcessColdRuns() == 0) {
                PageCache.drop();
            }
            List<ExecutionOutcome> outcomes =
                    worker.series(query.id(), sql, ordered, phase == Phase.COLD ? Defaults.ANSWER_ROWS : 0, times);
            for (ExecutionOutcome outcome : outcomes) {
                if (outcome.failure() != null) {
                    return run.failed(worker.explain(outcome.failure()));
                }
                lastRoundtripMs = outcome.roundtripMs();
                IterationResult result = iteration(query.id(), phase, k, outcome);
                listener.iteration(result, phase.runsPlanned(plan));
                switch (phase) {
                    case COLD -> run.cold(result, outcome.executed());
                    case MEASURED -> run.measured(result);
                    case WARMUP -> {} // discarded
                }
                k++;
            }
        }
    }

    private IterationResult iteration(String queryId, Phase phase, int k, ExecutionOutcome outcome) {
        var executed = outcome.executed();
        return new IterationResult(
                engine.spec().label(),
                queryId,
                phase.label(),
                phase.number(k, plan),
                executed.nanos() / 1e6,
                outcome.roundtripMs(),
                outcome.peakRssBytes(),
                executed.rows(),
                executed.fingerprint(),
                executed.fingerprintNanos() / 1e6,
                plan.contended(),
                executed.engineStats() == null || executed.engineStats().isEmpty() ? null : executed.engineStats());
    }

    /** The phases of a query's runs in the engine's worker, in order. */
    private enum Phase {
        COLD("cold"),
        WARMUP("warmup"),
        MEASURED("measured");

        private final String label;

        Phase(String label) {
            this.label = label;
        }

        String label() {
            return label;
        }

        /** The 1-based number of run {@code k} (0 the cold run) within its phase. */
        int number(int k, RunPlan plan) {
            return switch (this) {
                case COLD -> 1;
                case WARMUP -> k;
                case MEASURED -> k - plan.warmup();
            };
        }

        /** Runs of this phase the listener is told to expect; negative: at most that many (auto). */
        int runsPlanned(RunPlan plan) {
            return switch (this) {
                case COLD -> 1;
                case WARMUP -> plan.warmup();
                case MEASURED -> plan.autoIterations() ? -plan.iterations() : plan.iterations();
            };
        }
    }
}
