package io.icebench.cli.report;

import io.icebench.cli.run.Durations;
import io.icebench.cli.run.Query;
import io.icebench.cli.run.RunListener;
import io.icebench.cli.run.RunPlan;
import io.icebench.core.model.BenchmarkResults;
import io.icebench.core.model.ColdRun;
import io.icebench.core.model.Failure;
import io.icebench.core.model.IterationResult;
import io.icebench.core.model.Planning;
import io.icebench.core.model.QueryRun;
import io.icebench.core.model.ResultPreview;
import io.icebench.core.model.Stats;
import io.icebench.core.model.TableSnapshot;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** The console view of a run, in the seed's style: iterations as they finish, then a verdict. */
public final class ConsoleReporter implements RunListener {

    private final PrintStream out;
    private RunPlan plan;

    public ConsoleReporter(PrintStream out) {
        this.out = out;
    }

    private String prefix(String engine) {
        return plan != null && plan.parallel() > 1 ? "[" + engine + "] " : "";
    }

    @Override
    public void runStarted(RunPlan plan) {
        this.plan = plan;
        out.println("🔗 Catalog: " + plan.connection().describe());
        out.println("📋 Tables (every engine reads these snapshots):");
        for (TableSnapshot t : plan.tables()) {
            out.printf(
                    Locale.ROOT,
                    "   %-32s snapshot %-20s %12s rows %4d files %10s  planned in %s (%d manifests)%s%n",
                    t.fullName(),
                    t.snapshotId(),
                    Format.count(t.rows()),
                    t.dataFiles().size(),
                    Format.bytes(t.bytes()),
                    Format.ms(t.planning().planMs()),
                    t.planning().manifests(),
                    deletes(t.planning()));
        }
        List<String> planning = plan.engines().stream()
                .filter(e ->
                        e.descriptor().available() && e.descriptor().access().readsCatalog())
                .map(e -> e.spec().label())
                .toList();
        if (!planning.isEmpty()) {
            out.println("   query times of " + String.join(", ", planning) + " include planning (they read the catalog "
                    + "themselves); the others read the files planned above");
        }
        long available =
                plan.engines().stream().filter(e -> e.descriptor().available()).count();
        out.printf(
                Locale.ROOT,
                "🧪 %d quer%s × %d engine%s: %s, %s%n",
                plan.queries().size(),
                plan.queries().size() == 1 ? "y" : "ies",
                available,
                available == 1 ? "" : "s",
                !plan.autoIterations() && plan.iterations() == 0
                        ? "the cold run only (--iterations 0: answers and cold times, no statistics)"
                        : "cold run + " + plan.warmup() + " warm-up + " + measuredRuns(plan) + " measured each",
                plan.contended()
                        ? plan.parallel() + " engines at once (timings marked contended)"
                        : "engines one after another");
    }

    private static String measuredRuns(RunPlan plan) {
        return plan.autoIterations()
                ? String.format(
                        Locale.ROOT,
                        "6 to %d (until the median is known " + "within ±5%%, at most %s per query)",
                        plan.iterations(),
                        Durations.format(plan.autoTimeCap()))
                : Integer.toString(plan.iterations());
    }

    private static String deletes(Planning p) {
        if (p.deleteFiles() == 0) {
            return "";
        }
        List<String> kinds = new ArrayList<>();
        if (p.positionDeletes() > 0) {
            kinds.add(p.positionDeletes() + " position");
        }
        if (p.equalityDeletes() > 0) {
            kinds.add(p.equalityDeletes() + " equality");
        }
        if (p.deletionVectors() > 0) {
            kinds.add(p.deletionVectors() + " deletion-vector");
        }
        return ", delete files: " + String.join(", ", kinds);
    }

    @Override
    public void engineReady(String engine, String version, double startupMs, double setupMs, Long rss) {
        out.printf(
                Locale.ROOT,
                "%n%s🚀 %s %s — process start %s, setup %s, RSS after setup %s%n",
                prefix(engine),
                engine,
                version,
                Format.ms(startupMs),
                Format.ms(setupMs),
                Format.bytes(rss));
    }

    @Override
    public void engineFailed(String engine, Failure failure) {
        out.printf(
                Locale.ROOT,
                "%n%s❌ %s %s: %s%n",
                prefix(engine),
                engine,
                failure.kind().label(),
                failure.oneLine());
    }

    @Override
    public void queryStarted(String engine, Query query) {
        out.printf(Locale.ROOT, "%s── %s · %s%n", prefix(engine), engine, query.id());
    }

    @Override
    public void iteration(IterationResult r, int of) {
        String label = switch (r.phase()) {
            case "cold" -> "Cold run";
            case "warmup" -> "Warm-up " + r.iteration() + "/" + of;
            default -> "Iteration " + r.iteration() + (of < 0 ? " (auto, at most " + -of + ")" : "/" + of);
        };
        out.printf(Locale.ROOT, "%s   %s... ✅ %s%n", prefix(r.engine()), label, Format.ms(r.ms()));
    }

    @Override
    public void queryFinished(String engine, QueryRun run) {
        if (!run.ok()) {
            out.printf(
                    Locale.ROOT,
                    "%s   ❌ %s: %s%n",
                    prefix(engine),
                    run.error().kind().label(),
                    run.error().oneLine());
        }
        Stats s = run.stats();
        if (s != null) {
            long peak = run.iterations().stream()
                    .map(IterationResult::peakRssBytes)
                    .filter(Objects::nonNull)
                    .mapToLong(Long::longValue)
                    .max()
                    .orElse(-1);
            out.printf(
                    Locale.ROOT,
                    "%s   📊 %s %s: median %s (%s)%s, peak %s, success %d/%d, %s rows%s%n",
                    prefix(engine),
                    engine,
                    run.id(),
                    Format.ms(s.medianMs()),
                    interval(s),
                    spread(s),
                    peak < 0 ? "n/a" : Format.bytes(peak),
                    s.n(),
                    run.stoppedBy() != null ? s.n() : plan.iterations(),
                    run.rows() == null ? "?" : Format.count(run.rows()),
                    s.outliers().isEmpty()
                            ? ""
                            : ", outliers (kept): "
                                    + s.outliers().stream().map(i -> "#" + i).toList());
        }
        Stats cold = run.freshProcessColdStats();
        if (cold != null) {
            out.printf(
                    Locale.ROOT,
                    "%s   🧊 %s %s fresh-process cold: median %s over %d new workers (each: start %s, set-up %s%s)%n",
                    prefix(engine),
                    engine,
                    run.id(),
                    Format.ms(cold.medianMs()),
                    cold.n(),
                    Format.ms(run.freshProcessColdRuns().stream()
                            .mapToDouble(ColdRun::startupMs)
                            .average()
                            .orElse(0)),
                    Format.ms(run.freshProcessColdRuns().stream()
                            .mapToDouble(ColdRun::setupMs)
                            .average()
                            .orElse(0)),
                    run.freshProcessColdRuns().stream().allMatch(ColdRun::cachesDropped) ? ", page cache dropped" : "");
        }
        if (s != null && run.stoppedBy() != null) {
            String by = switch (run.stoppedBy()) {
                case "precision" -> "precision";
                case "time" -> "the time cap (--max-time)";
                default -> "the run cap (--max-iterations)";
            };
            out.printf(
                    Locale.ROOT,
                    s.ciLevel() >= 0.95
                            ? "%s   ⏹  stopped by %s: median known within ±%.1f%% after %d runs%n"
                            : "%s   ⏹  stopped by %s: median of %4$d run%5$s, too few for a 95%% interval (6)%n",
                    prefix(engine),
                    by,
                    s.relativeHalfWidth() * 100,
                    s.n(),
                    s.n() == 1 ? "" : "s");
        }
        if (plan.printResults() && run.resultPreview() != null) {
            printPreview(run.resultPreview(), run.rows());
        }
    }

    /** Mean, standard deviation, CV, min and p95; a single run has no spread to show. */
    private static String spread(Stats s) {
        return s.n() == 1
                ? ""
                : String.format(
                        Locale.ROOT,
                        ", mean %s, sd %s, cv %.1f%%, min %s, p95 %s",
                        Format.ms(s.meanMs()),
                        Format.ms(s.stddevMs()),
                        s.cv() * 100,
                        Format.ms(s.minMs()),
                        Format.ms(s.p95Ms()));
    }

    /** The median's interval; below 6 runs it is min..max, whose coverage is said (a single run has none). */
    private static String interval(Stats s) {
        if (s.n() == 1) {
            return "one run: no interval";
        }
        String range = "CI " + Format.ms(s.ciLowMs()) + "–" + Format.ms(s.ciHighMs());
        return s.ciLevel() >= 0.95
                ? range
                : String.format(
                        Locale.ROOT, "%s, min–max: %.0f%% coverage, 95%% needs 6 runs", range, s.ciLevel() * 100);
    }

    private void printPreview(ResultPreview preview, Long rows) {
        out.println("      " + String.join(" | ", preview.columns()));
        for (List<Object> row : preview.rows()) {
            out.println("      "
                    + String.join(" | ", row.stream().map(String::valueOf).toList()));
        }
        if (rows != null && rows > preview.rows().size()) {
            out.println("      … " + Format.count(rows - preview.rows().size()) + " more rows");
        }
    }

    @Override
    public void runFinished(BenchmarkResults results) {
        out.print(new ConsoleSummary().render(results));
    }
}
