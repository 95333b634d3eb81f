package io.icebench.cli.scale;

import io.icebench.cli.run.Query;
import io.icebench.cli.run.RunPlan;
import io.icebench.cli.run.WorkerConnection;
import io.icebench.cli.run.WorkerFailure;
import io.icebench.cli.run.WorkerLauncher;
import io.icebench.cli.run.WorkerStarter;
import io.icebench.cli.scale.ScaleResults.Execution;
import io.icebench.cli.scale.ScaleResults.LevelRun;
import io.icebench.core.model.ErrorKind;
import io.icebench.core.model.Failure;
import io.icebench.core.model.SqlText;
import io.icebench.core.protocol.Message;
import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Worker scaling, the same total work at every level: {@code totalQueries} executions (the plan's queries
 * in turn) dealt round-robin to N clients, each client its own worker process, or with {@code threads} its
 * own thread and session in one worker. Per level: start and set up the workers and run the queries once
 * unmeasured (start-up), then release all clients at once and time until the last one finishes (work).
 * Levels run in the given order within each repeat.
 */
public final class ScaleRunner {

    private final RunPlan plan;
    private final List<Integer> clients;
    private final int totalQueries;
    private final int repeats;
    private final boolean threads;
    private final PrintStream out;
    private final WorkerLauncher launcher;

    /** {@code threads}: the N clients are threads of one worker instead of N worker processes. */
    public ScaleRunner(
            RunPlan plan, List<Integer> clients, int totalQueries, int repeats, boolean threads, PrintStream out) {
        this(plan, clients, totalQueries, repeats, threads, out, WorkerStarter.processes());
    }

    /** As above, the workers coming from {@code starter}. */
    public ScaleRunner(
            RunPlan plan,
            List<Integer> clients,
            int totalQueries,
            int repeats,
            boolean threads,
            PrintStream out,
            WorkerStarter starter) {
        this.launcher = new WorkerLauncher(starter);
        this.plan = plan;
        this.clients = clients;
        this.totalQueries = totalQueries;
        this.repeats = repeats;
        this.threads = threads;
        this.out = out;
    }

    public List<LevelRun> run() {
        List<LevelRun> runs = new ArrayList<>();
        for (int repeat = 1; repeat <= repeats; repeat++) {
            for (int n : clients) {
                LevelRun run = threads ? threadLevel(n, repeat) : level(n, repeat);
                runs.add(run);
                out.printf(
                        Locale.ROOT,
                        "   repeat %d/%d, %d client%s: %s%n",
                        repeat,
                        repeats,
                        n,
                        n == 1 ? "" : "s",
                        run.failure() != null
                                ? "❌ " + run.failure()
                                : String.format(
                                        Locale.ROOT,
                                        "start-up %.0f ms, work %.0f ms, %.1f queries/min",
                                        run.startupMs(),
                                        run.workMs(),
                                        run.throughputPerMinute()));
            }
        }
        return runs;
    }

    /** What client {@code c} of {@code n} runs: every n-th execution of the round-robin over the queries. */
    private List<Query> share(int c, int n) {
        List<Query> mine = new ArrayList<>();
        for (int k = c; k < totalQueries; k += n) {
            mine.add(plan.queries().get(k % plan.queries().size()));
        }
        return mine;
    }

    private LevelRun level(int n, int repeat) {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        List<WorkerConnection> workers = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch ready = new CountDownLatch(n);
        CountDownLatch go = new CountDownLatch(1);
        long launched = System.nanoTime();
        try {
            List<Future<List<Execution>>> futures = new ArrayList<>();
            for (int c = 0; c < n; c++) {
                int client = c;
                futures.add(pool.submit(() -> client(client, n, repeat, workers, ready, go)));
            }
            ready.await();
            long released = System.nanoTime();
            go.countDown();
            List<Execution> times = new ArrayList<>();
            for (Future<List<Execution>> future : futures) {
                times.addAll(future.get());
            }
            double workMs = (System.nanoTime() - released) / 1e6;
            double startupMs = (released - launched) / 1e6;
            return new LevelRun(
                    n, repeat, startupMs, workMs, times.size(), times.size() / (workMs / 60_000), null, times);
        } catch (Exception e) {
            go.countDown();
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            return new LevelRun(n, repeat, 0, 0, 0, 0, cause.getMessage(), List.of());
        } finally {
            workers.forEach(WorkerConnection::close);
            pool.shutdownNow();
        }
    }

    /** N clients as threads of one worker: start-up is its launch, set-up and one unmeasured pass. */
    private LevelRun threadLevel(int n, int repeat) {
        long launched = System.nanoTime();
        WorkerConnection worker = null;
        try {
            worker = start(n, repeat, 0);
            for (Query query : plan.queries()) {
                execute(worker, query);
            }
            List<List<Message.Statement>> shares = new ArrayList<>();
            for (int c = 0; c < n; c++) {
                shares.add(share(c, n).stream()
                        .map(q -> new Message.Statement(q.id(), sql(q)))
                        .toList());
            }
            double startupMs = (System.nanoTime() - launched) / 1e6;
            Message reply =
                    worker.request(new Message.ExecuteConcurrently(shares), budget(), n + " concurrent clients");
            if (!(reply instanceof Message.ExecutedConcurrently done)) {
                String why = reply instanceof Message.Error error
                        ? error.kind().label() + ": " + error.message()
                        : String.valueOf(reply);
                return new LevelRun(n, repeat, startupMs, 0, 0, 0, why, List.of());
            }
            List<Execution> times = new ArrayList<>();
            for (int c = 0; c < n; c++) {
                List<Message.Statement> statements = shares.get(c);
                for (int i = 0; i < statements.size(); i++) {
                    times.add(new Execution(
                            c, statements.get(i).queryId(), done.nanos().get(c).get(i) / 1e6));
                }
            }
            double workMs = done.wallNanos() / 1e6;
            return new LevelRun(
                    n, repeat, startupMs, workMs, times.size(), times.size() / (workMs / 60_000), null, times);
        } catch (WorkerFailure e) {
            return new LevelRun(n, repeat, 0, 0, 0, 0, e.getMessage(), List.of());
        } finally {
            if (worker != null) {
                worker.close();
            }
        }
    }

    private WorkerConnection start(int n, int repeat, int client) throws WorkerFailure {
        RunPlan.PlannedEngine engine = plan.engines().get(0);
        return launcher.start(
                        engine,
                        plan.openFor(engine),
                        plan.tables(),
                        plan.logDir().resolve("scale-" + n + "-r" + repeat + "-c" + client + ".log"),
                        this::budget)
                .connection();
    }

    private String sql(Query query) {
        return query.sqlFor(plan.engines().get(0).spec().engine());
    }

    private List<Execution> client(
            int client, int n, int repeat, List<WorkerConnection> workers, CountDownLatch ready, CountDownLatch go)
            throws Exception {
        WorkerConnection worker;
        try {
            worker = start(n, repeat, client);
            workers.add(worker);
            List<Query> mine = share(client, n);
            for (Query query : mine.stream().distinct().toList()) {
                execute(worker, query); // warm-up, unmeasured: every level starts equally warm
            }
        } finally {
            ready.countDown();
        }
        go.await();
        List<Execution> times = new ArrayList<>();
        for (Query query : share(client, n)) {
            times.add(new Execution(client, query.id(), execute(worker, query)));
        }
        return times;
    }

    private double execute(WorkerConnection worker, Query query) throws WorkerFailure {
        String sql = sql(query);
        Message reply =
                worker.request(Message.Execute.once(query.id(), sql, SqlText.isOrdered(sql), 0), budget(), query.id());
        if (reply instanceof Message.Executed executed) {
            return executed.nanos() / 1e6;
        }
        String why = reply instanceof Message.Error error
                ? error.kind().label() + ": " + error.message()
                : String.valueOf(reply);
        throw new WorkerFailure(Failure.of(ErrorKind.CRASH, query.id() + " failed (" + why + ")"));
    }

    private Duration budget() {
        return plan.queryTimeout() != null ? plan.queryTimeout() : plan.engineTimeout();
    }
}
