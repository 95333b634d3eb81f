package io.icebench.cli.run;

import io.icebench.cli.run.RunPlan.PlannedEngine;
import io.icebench.core.config.Defaults;
import io.icebench.core.model.ColdRun;
import io.icebench.core.model.EngineRun;
import io.icebench.core.model.EngineStatus;
import io.icebench.core.model.ErrorKind;
import io.icebench.core.model.Failure;
import io.icebench.core.model.IterationResult;
import io.icebench.core.model.QueryRun;
import io.icebench.core.model.QueryStatus;
import io.icebench.core.model.SqlText;
import io.icebench.core.model.TableSnapshot;
import io.icebench.core.protocol.Message;
import io.icebench.core.stats.Statistics;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs every query of a plan on one engine: starts its worker, sets it up, then for each query a cold run,
 * warm-ups and measured iterations. A worker that crashes or times out is replaced by a fresh one for the
 * next query, so one bad query costs only itself.
 */
final class EngineSession {

    private static final Failure INTERRUPTED = Failure.of(ErrorKind.INTERRUPTED, "interrupted (Ctrl-C)");

    private final RunPlan plan;
    private final PlannedEngine engine;
    private final RunListener listener;
    private final Path log;
    private final List<QueryRun> queries = new ArrayList<>();
    private final Map<TableSnapshot, String> unreadable = new LinkedHashMap<>();
    private WorkerProcess worker;
    private String version;
    private Double startupMs;
    private Double setupMs;
    private Long rssAfterSetup;
    private int workerStarts;
    private long deadline;
    private volatile boolean aborted;

    EngineSession(RunPlan plan, PlannedEngine engine, RunListener listener) {
        this.plan = plan;
        this.engine = engine;
        this.listener = listener;
        this.log = plan.logDir().resolve(engine.spec().label() + ".log");
        for (TableSnapshot table : plan.tables()) {
            String why = engine.descriptor().access().whyNotReadable(engine.spec().engine(), engine.spec().engineOptions(), table);
            if (why != null) {
                unreadable.put(table, why);
            }
        }
    }

    String label() {
        return engine.spec().label();
    }

    EngineRun run() {
        if (!engine.descriptor().available()) {
            Failure failure = Failure.of(ErrorKind.UNAVAILABLE, engine.descriptor().unavailableReason());
            listener.engineFailed(label(), failure);
            return result(EngineStatus.UNAVAILABLE, failure);
        }
        String unreachable = storageOutOfReach();
        if (unreachable != null) {
            Failure failure = Failure.of(ErrorKind.UNAVAILABLE, unreachable);
            listener.engineFailed(label(), failure);
            return result(EngineStatus.UNAVAILABLE, failure);
        }
        deadline = System.nanoTime() + plan.engineTimeout().toNanos();
        Failure engineFailure = null;
        for (Query query : plan.queries()) {
            if (aborted) {
                break;
            }
            if (worker == null) {
                try {
                    startWorker();
                } catch (WorkerFailure e) {
                    engineFailure = e.failure();
                    listener.engineFailed(label(), engineFailure);
                    break;
                }
            }
            QueryRun run = runQuery(query);
            synchronized (queries) {
                queries.add(run);
            }
            listener.queryFinished(label(), run);
        }
        stopWorker();
        boolean allOk = queries.size() == plan.queries().size() && queries.stream().allMatch(QueryRun::ok);
        return result(engineFailure != null ? EngineStatus.ERROR : aborted ? EngineStatus.INTERRUPTED
                : allOk ? EngineStatus.OK : EngineStatus.FAILED, engineFailure);
    }

    /** Stops the worker at once (Ctrl-C); {@link #partialResult()} then gives what was measured. */
    void abort() {
        aborted = true;
        WorkerProcess current = worker;
        if (current != null) {
            current.kill();
        }
    }

    private EngineRun result(EngineStatus status, Failure failure) {
        List<QueryRun> copy;
        synchronized (queries) {
            copy = List.copyOf(queries);
        }
        return new EngineRun(label(), engine.spec().engine(), version, status, failure, startupMs, setupMs,
                rssAfterSetup, workerStarts, engine.descriptor().available() ? log.toString() : null, copy);
    }

    /** Why the engine can open none of the run's tables (all on a file system it does not open), else null. */
    private String storageOutOfReach() {
        List<String> reasons = plan.tables().stream().map(t -> engine.descriptor().access().opens()
                .whyNotOpened(engine.spec().engine(), engine.spec().engineOptions(), t)).toList();
        return reasons.isEmpty() || engine.descriptor().access().readsCatalog() || reasons.contains(null) ? null : reasons.get(0);
    }

    private boolean remote() {
        return engine.descriptor().remote();
    }

    private Duration remaining() {
        return Duration.ofNanos(Math.max(1, deadline - System.nanoTime()));
    }

    private void startWorker() throws WorkerFailure {
        workerStarts++;
        WorkerLauncher.ReadyWorker ready = WorkerLauncher.start(engine, plan.openFor(engine), plan.tables(), log,
                this::remaining);
        worker = ready.process();
        if (workerStarts == 1) {
            version = ready.version();
            startupMs = ready.startupMs();
            setupMs = ready.setupMs();
            rssAfterSetup = remote() ? null : MemoryProbe.rssBytes(worker.pid());
            listener.engineReady(label(), version, startupMs, setupMs, rssAfterSetup);
        }
    }

    private void stopWorker() {
        if (worker != null) {
            worker.close();
            worker = null;
        }
    }

    private QueryRun runQuery(Query query) {
        listener.queryStarted(label(), query);
        String sql = query.sqlFor(engine.spec().engine());
        String variant = query.variantOf(engine.spec().engine());
        boolean ordered = SqlText.isOrdered(sql);
        List<IterationResult> measured = new ArrayList<>();
        for (Map.Entry<TableSnapshot, String> refused : unreadable.entrySet()) {
            if (TableMentions.mentions(sql, refused.getKey())) {
                return queryRun(query.id(), sql, variant, Failure.of(ErrorKind.UNSUPPORTED, refused.getValue()), null,
                        null, measured, null, null);
            }
        }
        IterationResult cold = null;
        Message.Executed coldResult = null;
        long measuringSince = 0;
        String stoppedBy = null;
        List<ColdRun> fresh = null;
        if (plan.freshProcessColdRuns() > 0) {
            try {
                fresh = FreshProcessColdRuns.measure(plan, engine, query.id(), sql, ordered, log, this::remaining);
            } catch (WorkerFailure e) {
                return queryRun(query.id(), sql, variant, aborted ? INTERRUPTED : e.failure(), null, null, measured,
                        null, null);
            }
        }
        for (int k = 0; ; k++) {
            String phase = k == 0 ? "cold" : k <= plan.warmup() ? "warmup" : "measured";
            if ("measured".equals(phase)) {
                measuringSince = measured.isEmpty() ? System.nanoTime() : measuringSince;
                stoppedBy = stopReason(measured, measuringSince);
                if (stoppedBy != null) {
                    break;
                }
            }
            int number = k == 0 ? 1 : k <= plan.warmup() ? k : k - plan.warmup();
            int of = k == 0 ? 1 : k <= plan.warmup() ? plan.warmup() : plan.autoIterations() ? -plan.iterations()
                    : plan.iterations();
            if (k == 0 && plan.dropCaches() && fresh == null) {
                PageCache.drop();
            }
            Outcome outcome = executeOnce(query.id(), sql, ordered, k == 0 ? Defaults.ANSWER_ROWS : 0);
            if (outcome.failure != null) {
                // a worker killed by Ctrl-C looks like a crash: say what really happened
                return queryRun(query.id(), sql, variant, aborted ? INTERRUPTED : outcome.failure, cold, coldResult,
                        measured, null, fresh);
            }
            IterationResult result = new IterationResult(label(), query.id(), phase, number,
                    outcome.executed.nanos() / 1e6, outcome.roundtripMs, outcome.peakRss, outcome.executed.rows(),
                    outcome.executed.fingerprint(), outcome.executed.fingerprintNanos() / 1e6, plan.contended(),
                    outcome.executed.engineStats() == null || outcome.executed.engineStats().isEmpty() ? null
                            : outcome.executed.engineStats());
            listener.iteration(result, of);
            if (k == 0) {
                cold = result;
                coldResult = outcome.executed;
            } else if ("measured".equals(phase)) {
                measured.add(result);
            }
        }
        return queryRun(query.id(), sql, variant, null, cold, coldResult, measured,
                plan.autoIterations() ? stoppedBy : null, fresh);
    }

    /**
     * Why measuring stops now, or null to go on: a fixed count reached; or, with {@code --iterations auto},
     * the median's interval narrower than ±5% (from 6 runs on), the maximum count, or the time cap.
     */
    private String stopReason(List<IterationResult> measured, long since) {
        int n = measured.size();
        if (!plan.autoIterations()) {
            return n >= plan.iterations() ? "iterations" : null;
        }
        if (n >= Defaults.AUTO_MIN_ITERATIONS && Statistics.summarise(measured.stream()
                .mapToDouble(IterationResult::ms).toArray()).relativeHalfWidth() < Defaults.AUTO_PRECISION) {
            return "precision";
        }
        if (n >= plan.iterations()) {
            return "iterations";
        }
        return n > 0 && System.nanoTime() - since >= plan.autoTimeCap().toNanos() ? "time" : null;
    }

    /** What was measured of a query; {@code failure} null means it succeeded. */
    private QueryRun queryRun(String id, String sql, String variant, Failure failure, IterationResult cold,
            Message.Executed coldResult, List<IterationResult> measured, String stoppedBy, List<ColdRun> fresh) {
        double[] ms = measured.stream().mapToDouble(IterationResult::ms).toArray();
        return new QueryRun(id, sql, failure == null ? QueryStatus.OK : QueryStatus.FAILED, failure,
                cold == null ? null : cold.ms(), cold == null ? null : cold.peakRssBytes(), fresh, fresh == null ? null
                        : Statistics.summarise(fresh.stream().mapToDouble(ColdRun::ms).toArray()),
                measured, Statistics.summarise(ms),
                coldResult == null ? null : coldResult.rows(), coldResult == null ? null : coldResult.fingerprint(),
                coldResult == null || coldResult.preview() == null ? null : coldResult.preview().head(Defaults.PREVIEW_ROWS),
                variant, stoppedBy, coldResult == null ? null : coldResult.preview());
    }

    private record Outcome(Message.Executed executed, double roundtripMs, Long peakRss, Failure failure) {
    }

    private Outcome executeOnce(String id, String sql, boolean ordered, int previewRows) {
        if (aborted) {
            return new Outcome(null, 0, null, INTERRUPTED);
        }
        if (deadline - System.nanoTime() <= 0) {
            return new Outcome(null, 0, null, Failure.of(ErrorKind.TIMEOUT, "engine time budget (--timeout "
                    + Durations.format(plan.engineTimeout()) + ") used up before " + id));
        }
        if (worker == null) {
            try {
                startWorker();
            } catch (WorkerFailure e) {
                return new Outcome(null, 0, null, e.failure());
            }
        }
        Duration budget = remaining();
        String waitingFor = id + " (engine time budget, --timeout " + Durations.format(plan.engineTimeout()) + ")";
        if (plan.queryTimeout() != null && plan.queryTimeout().compareTo(budget) < 0) {
            budget = plan.queryTimeout();
            waitingFor = id + " (--query-timeout " + Durations.format(plan.queryTimeout()) + ")";
        }
        long pid = worker.pid();
        MemoryProbe.resetPeak(pid);
        long start = System.nanoTime();
        try {
            Message reply = worker.request(new Message.Execute(id, sql, ordered, previewRows),
                    budget, waitingFor);
            double roundtrip = (System.nanoTime() - start) / 1e6;
            Long peak = remote() ? null : MemoryProbe.peakRssBytes(pid); // a remote engine's memory is not here
            if (reply instanceof Message.Executed executed) {
                return new Outcome(executed, roundtrip, peak, null);
            }
            if (reply instanceof Message.Error error) {
                if (error.kind() == ErrorKind.OOM || error.kind() == ErrorKind.CRASH) {
                    // the engine's state is uncertain: the next query gets a fresh worker
                    worker.kill();
                    worker = null;
                }
                return new Outcome(null, roundtrip, peak, Failure.of(error.kind(), error.message()));
            }
            return new Outcome(null, roundtrip, peak, Failure.of(ErrorKind.CRASH, "unexpected reply " + reply));
        } catch (WorkerFailure e) {
            worker = null;
            return new Outcome(null, (System.nanoTime() - start) / 1e6, null, e.failure());
        }
    }
}
