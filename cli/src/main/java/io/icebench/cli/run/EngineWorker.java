package io.icebench.cli.run;

import io.icebench.cli.run.RunPlan.PlannedEngine;
import io.icebench.core.config.Defaults;
import io.icebench.core.model.ErrorKind;
import io.icebench.core.model.Failure;
import io.icebench.core.protocol.Message;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The worker of one engine across a run, within the engine's time budget ({@code --timeout}): started when a
 * query needs it, replaced by a fresh one after it crashed, timed out or ran out of memory, killed on Ctrl-C.
 * What the first worker reported at start (version, start-up, set-up, memory) is kept for the engine's result.
 */
final class EngineWorker {

    static final Failure INTERRUPTED = Failure.of(ErrorKind.INTERRUPTED, "interrupted (Ctrl-C)");

    private final RunPlan plan;
    private final PlannedEngine engine;
    private final WorkerLauncher launcher;
    private final Path log;
    private final RunListener listener;
    private final CompilerQuiet compilerQuiet = CompilerQuiet.ofThisJvm();
    private volatile WorkerConnection worker;
    private volatile boolean aborted;
    private long deadline;
    private int starts;
    private String version;
    private Double startupMs;
    private Double setupMs;
    private Long rssAfterSetup;
    private Message.Execute lastRequest;

    EngineWorker(RunPlan plan, PlannedEngine engine, WorkerLauncher launcher, Path log, RunListener listener) {
        this.plan = plan;
        this.engine = engine;
        this.launcher = launcher;
        this.log = log;
        this.listener = listener;
    }

    /** Starts the engine's time budget. */
    void startBudget() {
        deadline = System.nanoTime() + plan.engineTimeout().toNanos();
    }

    Duration remaining() {
        return Duration.ofNanos(Math.max(1, deadline - System.nanoTime()));
    }

    boolean running() {
        return worker != null;
    }

    boolean aborted() {
        return aborted;
    }

    /** A failure as the user should read it: a worker killed by Ctrl-C looks like a crash, but was interrupted. */
    Failure explain(Failure failure) {
        return aborted ? INTERRUPTED : failure;
    }

    void start() throws WorkerFailure {
        starts++;
        WorkerLauncher.ReadyWorker ready =
                launcher.start(engine, plan.openFor(engine), plan.tables(), log, this::remaining);
        worker = ready.connection();
        if (starts == 1) {
            version = ready.version();
            startupMs = ready.startupMs();
            setupMs = ready.setupMs();
            rssAfterSetup = engine.descriptor().remote() ? null : worker.rssBytes();
            listener.engineReady(engine.spec().label(), version, startupMs, setupMs, rssAfterSetup);
        }
    }

    /**
     * Runs {@code sql} {@code times} times back to back in the worker, starting a worker first if none runs, nothing of
     * the coordinator's between the runs: one outcome per run, in order, ending early with the failure that ended the
     * series (a failure is in an outcome, never thrown), or fewer when the worker ended it at {@link
     * Defaults#SERIES_LIMIT}. The worker answers when the series ends: a series may take that limit and the query's
     * time limit, a run over the query's limit fails as if it had been stopped there, and the series' round trip less
     * its runs' times is shared equally among them (all of it goes to a run that failed, whose time is unknown). The
     * peak memory is the series'.
     */
    List<ExecutionOutcome> series(String id, String sql, boolean ordered, int previewRows, int times) {
        ExecutionOutcome refused = refusal(id);
        if (refused != null) {
            return List.of(refused);
        }
        if (worker == null) {
            try {
                start();
            } catch (WorkerFailure e) {
                return List.of(ExecutionOutcome.failed(e.failure()));
            }
        }
        if (!plan.contended()) { // engines at once: another engine's bookkeeping compiles whatever this one waits
            compilerQuiet.awaitIdle(remaining());
        }
        refused = refusal(id);
        if (refused != null) {
            return List.of(refused);
        }
        Duration remaining = remaining();
        Duration limit = plan.queryTimeout() == null
                ? null
                : times == 1 ? plan.queryTimeout() : plan.queryTimeout().plus(Defaults.SERIES_LIMIT);
        boolean limited = limit != null && limit.compareTo(remaining) < 0;
        Duration budget = limited ? limit : remaining;
        String waitingFor = !limited
                ? id + " (engine time budget, --timeout " + Durations.format(plan.engineTimeout()) + ")"
                : times == 1
                        ? id + " (--query-timeout " + Durations.format(plan.queryTimeout()) + ")"
                        : id + " (a series of " + times + " runs, --query-timeout "
                                + Durations.format(plan.queryTimeout()) + " each, none started after "
                                + Durations.format(Defaults.SERIES_LIMIT) + ")";
        WorkerConnection current = worker;
        current.resetPeakMemory();
        List<Message> replies = new ArrayList<>(times);
        long start = System.nanoTime();
        try {
            Message reply = current.request(request(id, sql, ordered, previewRows, times), budget, waitingFor);
            while (!(reply instanceof Message.Ready) || replies.isEmpty()) { // ready: the worker ended it early
                replies.add(reply);
                if (!(reply instanceof Message.Executed) || replies.size() == times) {
                    break;
                }
                reply = current.receive(budget, waitingFor); // written with the first: at hand
            }
        } catch (WorkerFailure e) {
            worker = null;
            return List.of(new ExecutionOutcome(null, (System.nanoTime() - start) / 1e6, null, e.failure()));
        }
        double roundtripMs = (System.nanoTime() - start) / 1e6;
        Long peak = engine.descriptor().remote() ? null : current.peakRssBytes(); // a remote engine's is not here
        return outcomes(id, times > 1, replies, roundtripMs, peak);
    }

    private List<ExecutionOutcome> outcomes(
            String id, boolean series, List<Message> replies, double roundtripMs, Long peak) {
        double runsMs = 0;
        for (Message reply : replies) {
            runsMs += reply instanceof Message.Executed executed ? executed.nanos() / 1e6 : 0;
        }
        double unaccountedMs = Math.max(0, roundtripMs - runsMs);
        boolean failed = !(replies.get(replies.size() - 1) instanceof Message.Executed);
        double harnessMs = failed ? 0 : unaccountedMs / replies.size();
        List<ExecutionOutcome> outcomes = new ArrayList<>(replies.size());
        for (Message reply : replies) {
            if (reply instanceof Message.Executed executed) {
                double ms = executed.nanos() / 1e6;
                Duration took = Duration.ofNanos(executed.nanos());
                Failure overLimit = series && plan.queryTimeout() != null && took.compareTo(plan.queryTimeout()) > 0
                        ? Failure.of(
                                ErrorKind.TIMEOUT,
                                id + " took " + Durations.format(took)
                                        + " in a series of runs, over --query-timeout "
                                        + Durations.format(plan.queryTimeout()))
                        : null;
                outcomes.add(
                        new ExecutionOutcome(overLimit == null ? executed : null, ms + harnessMs, peak, overLimit));
            } else if (reply instanceof Message.Error error) {
                if (error.kind() == ErrorKind.OOM || error.kind() == ErrorKind.CRASH) {
                    kill(); // the engine's state is uncertain: the next query gets a fresh worker
                }
                outcomes.add(
                        new ExecutionOutcome(null, unaccountedMs, peak, Failure.of(error.kind(), error.message())));
            } else {
                outcomes.add(new ExecutionOutcome(
                        null, unaccountedMs, peak, Failure.of(ErrorKind.CRASH, "unexpected reply " + reply)));
            }
        }
        return outcomes;
    }

    /** Why {@code id} may not run now (Ctrl-C, the engine's time budget used up); null when it may. */
    private ExecutionOutcome refusal(String id) {
        if (aborted) {
            return ExecutionOutcome.failed(INTERRUPTED);
        }
        if (deadline - System.nanoTime() <= 0) {
            return ExecutionOutcome.failed(Failure.of(
                    ErrorKind.TIMEOUT,
                    "engine time budget (--timeout " + Durations.format(plan.engineTimeout()) + ") used up before "
                            + id));
        }
        return null;
    }

    /** The request of the execution before when it is the same: the worker connection sends it without encoding. */
    private Message.Execute request(String id, String sql, boolean ordered, int previewRows, int times) {
        Message.Execute last = lastRequest;
        if (last == null
                || !last.queryId().equals(id)
                || !last.sql().equals(sql)
                || last.ordered() != ordered
                || last.previewRows() != previewRows
                || last.times() != times) {
            lastRequest = new Message.Execute(id, sql, ordered, previewRows, times);
        }
        return lastRequest;
    }

    /** Closes the worker, if one runs. */
    void stop() {
        WorkerConnection current = worker;
        worker = null;
        if (current != null) {
            current.close();
        }
    }

    /** Ctrl-C, first step: no more starts and no more executions. */
    void stopStarting() {
        aborted = true;
    }

    /** Ctrl-C: no more executions; the running worker is killed. */
    void abort() {
        aborted = true;
        kill();
    }

    private void kill() {
        WorkerConnection current = worker;
        worker = null;
        if (current != null) {
            current.kill();
        }
    }

    int starts() {
        return starts;
    }

    String version() {
        return version;
    }

    Double startupMs() {
        return startupMs;
    }

    Double setupMs() {
        return setupMs;
    }

    Long rssAfterSetup() {
        return rssAfterSetup;
    }
}
