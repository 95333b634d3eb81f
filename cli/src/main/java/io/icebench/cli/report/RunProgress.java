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
import java.util.Locale;

/**
 * A run's progress with ETA: on a terminal a status line kept at the bottom (engine, query, iteration,
 * percent, ETA) under the console's lines; elsewhere (CI logs) a plain line per finished query. The ETA
 * is the mean time per execution so far times the executions left (with --iterations auto the maximum).
 */
public final class RunProgress implements RunListener {

    private final PrintStream raw;
    private final boolean terminal;
    private final StatusAware console;
    private long total;
    private long done;
    private long start;
    private long queryDone;

    private RunProgress(PrintStream raw, boolean terminal) {
        this.raw = raw;
        this.terminal = terminal;
        this.console = new StatusAware(raw, this);
    }

    public static RunProgress to(PrintStream out) {
        return new RunProgress(out, System.console() != null && System.getenv("CI") == null);
    }

    /** The stream the console reporter should print to: it clears the status line before each write. */
    public PrintStream console() {
        return console;
    }

    private long perQuery(RunPlan plan) {
        return 1L + plan.warmup() + plan.iterations() + plan.freshProcessColdRuns();
    }

    private RunPlan plan;

    @Override
    public void runStarted(RunPlan plan) {
        this.plan = plan;
        long engines = plan.engines().stream().filter(e -> e.descriptor().available()).count();
        total = engines * plan.queries().size() * perQuery(plan);
        start = System.nanoTime();
    }

    @Override
    public void queryStarted(String engine, Query query) {
        queryDone = 0;
    }

    @Override
    public void iteration(IterationResult result, int of) {
        done++;
        queryDone++;
        if (terminal) {
            status(String.format(Locale.ROOT, "%s · %s · %s %d", result.engine(), result.query(), result.phase(),
                    result.iteration()));
        }
    }

    @Override
    public void queryFinished(String engine, QueryRun run) {
        done += Math.max(0, perQuery(plan) - queryDone); // a failed or early-stopped query leaves no work behind
        if (!terminal) {
            console.println(String.format(Locale.ROOT, "   ⏳ %s", progress()));
        }
    }

    @Override
    public void engineFinished(EngineRun run) {
        if (run.queries().isEmpty() && !"unavailable".equals(run.status())) { // set-up failed: its work is gone
            done += perQuery(plan) * plan.queries().size();
        }
    }

    @Override
    public void runFinished(BenchmarkResults results) {
        clear();
    }

    private String progress() {
        double fraction = total == 0 ? 1 : Math.min(1, done / (double) total);
        double elapsed = (System.nanoTime() - start) / 1e9;
        long eta = done == 0 ? -1 : (long) (elapsed / done * Math.max(0, total - done));
        return String.format(Locale.ROOT, "%.0f%% of %d executions, %s elapsed%s", fraction * 100, total,
                seconds((long) elapsed), eta < 0 ? "" : ", ETA " + seconds(eta));
    }

    private static String seconds(long s) {
        return s >= 60 ? String.format(Locale.ROOT, "%dm%02ds", s / 60, s % 60) : s + "s";
    }

    private boolean shown;

    private synchronized void status(String what) {
        int width = 30;
        int filled = total == 0 ? width : (int) Math.min(width, width * done / total);
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
