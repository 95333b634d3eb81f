package io.icebench.cli.run;

import io.icebench.cli.run.RunPlan.PlannedEngine;
import io.icebench.core.model.ErrorKind;
import io.icebench.core.model.Failure;
import io.icebench.core.model.ResultPreview;
import io.icebench.core.protocol.Message;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A test double of an engine worker that lives in the test: it answers the coordinator's messages from a
 * script instead of running SQL. Each query has steps, one per execution in order (cold run, warm-ups,
 * measured runs); the last step repeats. It is for the coordinator's own logic only: real engines are
 * tested end to end.
 */
public final class ScriptedEngine implements WorkerStarter {

    /** What one execution of a query does. */
    public sealed interface Step {}

    /** Answers after {@code ms} inside the worker. */
    public record Answers(double ms) implements Step {}

    /** Answers after {@code ms} inside the worker, having taken {@code wallMs} of real time in all. */
    public record AnswersSlowly(double ms, long wallMs) implements Step {}

    /** Replies with an error of {@code kind}; the worker lives on. */
    public record Fails(ErrorKind kind, String message) implements Step {}

    /** The worker process dies. */
    public record Crashes(String message) implements Step {}

    /** The worker never answers: it waits until the coordinator gives up on it or kills it. */
    public record Hangs() implements Step {}

    /** A query's result: the rows the worker sends back and their fingerprint. */
    public record Result(List<String> columns, List<List<Object>> rows, String fingerprint) {

        public static Result of(String fingerprint, List<Object> row) {
            return new Result(List.of("value"), List.of(row), fingerprint);
        }
    }

    private static final Result DEFAULT_RESULT = Result.of("fp-1", List.of(1L));
    private final String version;
    private final Map<String, List<Step>> steps = new HashMap<>();
    private final Map<String, Result> results = new HashMap<>();
    private final Map<String, AtomicInteger> executions = new HashMap<>();
    private final AtomicInteger starts = new AtomicInteger();
    private final AtomicInteger seriesRequests = new AtomicInteger();
    private final CountDownLatch hanging = new CountDownLatch(1);
    private Failure openFailure;
    private Long peakRssBytes;
    private Duration killTakes = Duration.ZERO;

    public ScriptedEngine(String version) {
        this.version = version;
    }

    /** The runs of {@code queryId} take these times, in order; the last repeats. */
    public ScriptedEngine timings(String queryId, double... ms) {
        List<Step> list = new ArrayList<>();
        for (double m : ms) {
            list.add(new Answers(m));
        }
        steps.put(queryId, list);
        return this;
    }

    public ScriptedEngine steps(String queryId, Step... script) {
        steps.put(queryId, List.of(script));
        return this;
    }

    public ScriptedEngine result(String queryId, Result result) {
        results.put(queryId, result);
        return this;
    }

    /** The engine session cannot be opened: every worker start fails with this. */
    public ScriptedEngine failsToOpen(ErrorKind kind, String message) {
        openFailure = Failure.of(kind, message);
        return this;
    }

    /** A kill that takes this long to return after the worker is gone (a process slow to reap). */
    public ScriptedEngine slowToKill(Duration takes) {
        killTakes = takes;
        return this;
    }

    /** The peak resident set the OS reports for the worker during each execution. */
    public ScriptedEngine peakMemory(long bytes) {
        peakRssBytes = bytes;
        return this;
    }

    /** Workers started so far. */
    public int starts() {
        return starts.get();
    }

    /** Executions of {@code queryId} so far, in every worker. */
    public synchronized int executions(String queryId) {
        return executions.getOrDefault(queryId, new AtomicInteger()).get();
    }

    /** Execute requests so far, in every worker: a series of runs is one. */
    public int executeRequests() {
        return seriesRequests.get();
    }

    /** Waits until some execution hangs. */
    public boolean awaitHanging(Duration limit) throws InterruptedException {
        return hanging.await(limit.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public WorkerConnection start(PlannedEngine engine, Path log) {
        starts.incrementAndGet();
        return new Connection();
    }

    private synchronized Step next(String queryId) {
        int n = executions.computeIfAbsent(queryId, id -> new AtomicInteger()).getAndIncrement();
        List<Step> script = steps.getOrDefault(queryId, List.of(new Answers(10)));
        return script.get(Math.min(n, script.size() - 1));
    }

    /** One scripted worker: says hello, answers open, register, execute and close. */
    private final class Connection implements WorkerConnection {

        private final CountDownLatch killed = new CountDownLatch(1);
        private Message.Execute series;
        private int left;
        private boolean greeted;
        private volatile boolean dead;

        @Override
        public Message receive(Duration timeout, String waitingFor) throws WorkerFailure {
            if (!dead && series != null) {
                return nextOfSeries(timeout, waitingFor);
            }
            if (dead || greeted) {
                throw died("no message to wait for");
            }
            greeted = true;
            return new Message.Hello("scripted", version, 0);
        }

        @Override
        public Message request(Message message, Duration timeout, String waitingFor) throws WorkerFailure {
            if (dead) {
                throw died("the worker is gone");
            }
            if (message instanceof Message.Open) {
                return openFailure != null
                        ? new Message.Error(openFailure.kind(), openFailure.message())
                        : new Message.Ready(2_000_000, version);
            }
            if (message instanceof Message.Execute execute) {
                seriesRequests.incrementAndGet();
                series = execute;
                left = execute.times();
                return nextOfSeries(timeout, waitingFor);
            }
            return new Message.Ready(0, null);
        }

        private Message nextOfSeries(Duration timeout, String waitingFor) throws WorkerFailure {
            Message reply = execute(series, timeout, waitingFor);
            if (--left == 0 || reply instanceof Message.Error) {
                series = null;
            }
            return reply;
        }

        private Message execute(Message.Execute execute, Duration timeout, String waitingFor) throws WorkerFailure {
            Step step = next(execute.queryId());
            if (step instanceof Fails fails) {
                return new Message.Error(fails.kind(), fails.message());
            }
            if (step instanceof Crashes crashes) {
                dead = true;
                throw died(crashes.message());
            }
            if (step instanceof Hangs) {
                hanging.countDown();
                boolean wasKilled;
                try {
                    wasKilled = killed.await(timeout.toNanos(), TimeUnit.NANOSECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    wasKilled = true;
                }
                if (wasKilled) {
                    throw died("killed");
                }
                kill();
                throw WorkerFailure.timedOut(waitingFor, timeout);
            }
            if (step instanceof AnswersSlowly slowly) {
                try {
                    Thread.sleep(slowly.wallMs());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                step = new Answers(slowly.ms());
            }
            Answers answers = (Answers) step;
            Result result = results.getOrDefault(execute.queryId(), DEFAULT_RESULT);
            ResultPreview preview = execute.previewRows() == 0
                    ? null
                    : new ResultPreview(
                                    result.columns(),
                                    result.columns().stream()
                                            .map(c -> "integer")
                                            .toList(),
                                    result.rows())
                            .head(execute.previewRows());
            return new Message.Executed(
                    Math.round(answers.ms() * 1e6), result.rows().size(), result.fingerprint(), 0, preview, null);
        }

        private WorkerFailure died(String why) {
            dead = true;
            return new WorkerFailure(Failure.of(ErrorKind.CRASH, "worker process died (scripted: " + why + ")"));
        }

        @Override
        public void resetPeakMemory() {}

        @Override
        public Long peakRssBytes() {
            return peakRssBytes;
        }

        @Override
        public Long rssBytes() {
            return peakRssBytes;
        }

        @Override
        public void close() {
            dead = true;
        }

        @Override
        public void kill() {
            dead = true;
            killed.countDown();
            try {
                Thread.sleep(killTakes.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
