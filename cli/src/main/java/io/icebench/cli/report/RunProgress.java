package io.icebench.cli.report;

import io.icebench.cli.run.Query;
import io.icebench.cli.run.RunListener;
import io.icebench.cli.run.RunPlan;
import io.icebench.core.model.BenchmarkResults;
import io.icebench.core.model.EngineRun;
import io.icebench.core.model.IterationResult;
import io.icebench.core.model.QueryRun;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A run's progress with ETA: on a terminal a status line kept at the bottom (engine, query, phase, percent, ETA)
 * under the console's lines; elsewhere (CI logs) a plain line per finished query. The ETA comes from each
 * engine's own pace ({@link RunEta}); engines not measured yet are guessed from the others, and the line says so.
 */
public final class RunProgress implements RunListener {

    private final PrintStream raw;
    private final boolean terminal;
    private final StatusAware console;
    private final EtaLog etaLog;
    private final PaceHistory history;
    /** Each engine's work in the pace history: the run's work with the engine's options (Spark settings...). */
    private final Map<String, String> works = new HashMap<>();
    /** Engines whose remembered pace is icebench's reference run's, not the user's own. */
    private final Set<String> fromReference = new HashSet<>();

    private RunPlan plan;
    private RunEta eta;
    private List<String> order = List.of();
    private long start;
    private String engine = "";
    private String query = "";

    private RunProgress(PrintStream raw, boolean terminal, EtaLog etaLog, PaceHistory history) {
        this.raw = raw;
        this.terminal = terminal;
        this.console = new StatusAware(raw, this);
        this.etaLog = etaLog;
        this.history = history;
    }

    public static RunProgress to(PrintStream out) {
        return new RunProgress(
                out,
                System.console() != null && System.getenv("CI") == null,
                EtaLog.fromEnvironment(),
                PaceHistory.load(PaceHistory.defaultFile()));
    }

    /** The stream the console reporter should print to: it clears the status line before each write. */
    public PrintStream console() {
        return console;
    }

    @Override
    public synchronized void runStarted(RunPlan plan) {
        this.plan = plan;
        order = plan.engines().stream()
                .filter(e -> e.descriptor().available())
                .map(e -> e.spec().label())
                .toList();
        String work = PaceHistory.work(plan);
        plan.engines()
                .forEach(e -> works.put(e.spec().label(), new TreeMap<>(e.spec().engineOptions()) + work));
        Map<String, RunEta.Pace> remembered = new HashMap<>();
        for (String name : order) {
            PaceHistory.Remembered before = history.remembered(name, works.get(name));
            if (before != null) {
                remembered.put(name, before.pace());
                if (before.source() == PaceHistory.Source.REFERENCE) {
                    fromReference.add(name);
                }
            }
        }
        eta = new RunEta(
                order,
                new RunEta.Work(
                        plan.queries().size(),
                        plan.warmup(),
                        plan.iterations(),
                        plan.autoIterations(),
                        plan.autoTimeCap() == null ? 0 : plan.autoTimeCap().toNanos() / 1e9),
                remembered);
        start = System.nanoTime();
        List<String> first =
                plan.parallel() > 1 ? order : order.stream().limit(1).toList();
        first.forEach(name -> eta.engineStarted(name, start));
        log("started");
    }

    @Override
    public synchronized void engineReady(String engine, String version, double startupMs, double setupMs, Long rss) {
        eta.engineReady(engine, System.nanoTime());
        this.engine = engine;
    }

    @Override
    public synchronized void queryStarted(String engine, Query query) {
        this.engine = engine;
        this.query = query.id();
        eta.queryStarted(engine, query.id());
    }

    @Override
    public synchronized void iteration(IterationResult result, int of) {
        engine = result.engine();
        query = result.query() + " " + result.phase();
        eta.execution(
                result.engine(),
                !"warmup".equals(result.phase()) && !"measured".equals(result.phase()),
                System.nanoTime());
        log("estimate");
        if (terminal) {
            status(String.format(
                    Locale.ROOT,
                    "%s · %s · %s %d",
                    result.engine(),
                    result.query(),
                    result.phase(),
                    result.iteration()));
        }
    }

    @Override
    public void queryFinished(String engine, QueryRun run) {
        String line;
        synchronized (this) {
            eta.queryFinished(engine);
            line = String.format(Locale.ROOT, "   ⏳ %s · %s done — %s", engine, run.id(), progress());
        }
        if (!terminal) { // printed outside this lock: the console takes its own lock, then this one (to clear)
            console.println(line);
        }
    }

    @Override
    public synchronized void engineFinished(EngineRun run) {
        long now = System.nanoTime();
        eta.engineFinished(run.name(), now);
        eta.observed(run.name()).ifPresent(pace -> history.remember(run.name(), works.get(run.name()), pace));
        int next = order.indexOf(run.name()) + 1;
        if (plan.parallel() <= 1 && next > 0 && next < order.size()) {
            eta.engineStarted(order.get(next), now);
            engine = order.get(next);
            query = "starting";
        }
    }

    @Override
    public synchronized void runFinished(BenchmarkResults results) {
        clear();
        if (etaLog != null) {
            etaLog.write("finished", System.currentTimeMillis(), engine, query, 0.0, List.of(), List.of());
        }
    }

    private void log(String event) {
        if (etaLog != null) {
            RunEta.Estimate estimate = eta.estimate(System.nanoTime(), plan.parallel());
            etaLog.write(
                    event,
                    System.currentTimeMillis(),
                    engine,
                    query,
                    estimate.known() ? estimate.secondsLeft() : null,
                    estimate.guessed(),
                    estimate.remembered());
        }
    }

    private String progress() {
        long now = System.nanoTime();
        double elapsed = (now - start) / 1e9;
        RunEta.Estimate estimate = eta.estimate(now, plan.parallel());
        if (!estimate.known()) {
            return String.format(
                    Locale.ROOT, "%s elapsed, ETA once an engine has run a query", seconds((long) elapsed));
        }
        double left = estimate.secondsLeft();
        String guessed = estimate.guessed().isEmpty()
                ? ""
                : " (" + String.join(", ", estimate.guessed()) + " not measured yet: guessed from the others)";
        List<String> own = estimate.remembered().stream()
                .filter(name -> !fromReference.contains(name))
                .toList();
        List<String> reference =
                estimate.remembered().stream().filter(fromReference::contains).toList();
        if (!own.isEmpty()) {
            guessed += " (" + String.join(", ", own) + " not started yet: from its last run of this work)";
        }
        if (!reference.isEmpty()) {
            guessed += " (" + String.join(", ", reference)
                    + " not started yet: from icebench's reference run of this work, scaled to this machine)";
        }
        return String.format(
                Locale.ROOT,
                "%.0f%%, %s elapsed, ETA %s%s",
                100 * fraction(elapsed, left),
                seconds((long) elapsed),
                seconds(Math.round(left)),
                guessed);
    }

    private static double fraction(double elapsed, double left) {
        return elapsed + left <= 0 ? 1 : elapsed / (elapsed + left);
    }

    private static String seconds(long s) {
        return s >= 60 ? String.format(Locale.ROOT, "%dm%02ds", s / 60, s % 60) : s + "s";
    }

    private boolean shown;

    private synchronized void status(String what) {
        int width = 30;
        RunEta.Estimate estimate = eta.estimate(System.nanoTime(), plan.parallel());
        double elapsed = (System.nanoTime() - start) / 1e9;
        int filled = estimate.known() ? (int) Math.min(width, width * fraction(elapsed, estimate.secondsLeft())) : 0;
        raw.print("\r\033[K[" + "█".repeat(filled) + "·".repeat(width - filled) + "] " + what + " — " + progress());
        raw.flush();
        shown = true;
    }

    synchronized void clear() {
        if (shown) {
            raw.print("\r\033[K");
            shown = false;
        }
    }

    /** Clears the status line before anything else is written, so that lines never mix with it. */
    private static final class StatusAware extends PrintStream {
        private final RunProgress progress;

        StatusAware(PrintStream out, RunProgress progress) {
            super((OutputStream) out, true, java.nio.charset.StandardCharsets.UTF_8);
            this.progress = progress;
        }

        @Override
        public void write(byte[] buf, int off, int len) {
            progress.clear();
            super.write(buf, off, len);
        }

        @Override
        public void write(int b) {
            progress.clear();
            super.write(b);
        }
    }
}
