package io.icebench.cli.report;

import io.icebench.cli.run.RunSummary;
import io.icebench.cli.scale.ScaleResults;
import io.icebench.core.model.BenchmarkResults;
import io.icebench.core.model.EngineRun;
import io.icebench.core.model.QueryRun;
import io.icebench.core.model.Stats;
import io.icebench.core.model.TableInfo;
import io.icebench.core.verify.QueryVerification;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The summary table a user pastes into a pull request, after hyperfine's Markdown export: one row per
 * query and engine, the times in milliseconds, the time relative to the fastest engine on that query, and
 * whether its answer matched the other engines'.
 */
public final class MarkdownReport implements ReportFormat {

    private static final String HEADER =
            "| Query | Engine | Median [ms] | CI [ms] (95% unless said) | Mean ± σ [ms] | Min [ms] | Max [ms] | Relative | Answer |";

    @Override
    public String name() {
        return "md";
    }

    @Override
    public String extension() {
        return "md";
    }

    @Override
    public String render(BenchmarkResults results) {
        StringBuilder md = new StringBuilder("## icebench results\n\n");
        if (results.summary() != null && results.summary().fastest() != null) {
            md.append("Fastest: **").append(results.summary().fastest()).append("**");
            if (results.summary().mostMemoryEfficient() != null) {
                md.append(" · most memory-efficient: **")
                        .append(results.summary().mostMemoryEfficient())
                        .append("**");
            }
            md.append("\n\n");
        }
        md.append(HEADER).append("\n|:---|:---|---:|---:|---:|---:|---:|---:|:---|\n");
        Map<String, Double> best =
                new HashMap<>(); // among the answers that do not differ: relative is to an earned time
        Set<String> differing = RunSummary.differingAnswers(results.verification());
        for (EngineRun engine : results.engines()) {
            for (QueryRun q : engine.queries()) {
                if (q.stats() != null && !differing.contains(RunSummary.key(engine.name(), q.id()))) {
                    best.merge(q.id(), q.stats().medianMs(), Math::min);
                }
            }
        }
        List<QueryVerification> verification = results.verification() == null ? List.of() : results.verification();
        for (EngineRun engine : results.engines()) {
            for (QueryRun q : engine.queries()) {
                String answer = Verdicts.of(verification, q.id(), engine.name());
                Stats s = q.stats();
                if (s == null) {
                    md.append(String.format(
                            Locale.ROOT,
                            "| %s | `%s` | %s |  |  |  |  |  | %s |%n",
                            q.id(),
                            engine.name(),
                            q.error() != null
                                    ? "failed: " + q.error().kind().label()
                                    : q.coldMs() != null
                                            ? String.format(Locale.ROOT, "cold run only: %.2f", q.coldMs())
                                            : "no measurement",
                            answer));
                    continue;
                }
                md.append(String.format(
                        Locale.ROOT,
                        "| %s | `%s` | %.2f | %s | %.2f ± %.2f | %.2f | %.2f | %s | %s |%n",
                        q.id(),
                        engine.name(),
                        s.medianMs(),
                        Format.interval(s, " – "),
                        s.meanMs(),
                        s.stddevMs(),
                        s.minMs(),
                        s.maxMs(),
                        differing.contains(RunSummary.key(engine.name(), q.id())) || !best.containsKey(q.id())
                                ? "—"
                                : String.format(Locale.ROOT, "%.2f", s.medianMs() / best.get(q.id())),
                        answer));
            }
        }
        for (QueryVerification v : verification) {
            if (QueryVerification.DISAGREE.equals(v.status())) {
                md.append(String.format(
                        Locale.ROOT,
                        "%n**%s: engines disagree**: %s (%s)%n",
                        v.query(),
                        AnswerGroups.text(v.groups()),
                        v.agreeing().isEmpty()
                                ? "no strict majority; no engine is called wrong; `--reference ENGINE` names the right"
                                        + " one"
                                : "the others may differ only by NULL order, on sort keys the answer does not show;"
                                        + " no engine is called wrong"));
            }
        }
        planning(results, md);
        return md.toString();
    }

    /** Which engines' times include planning, and what the coordinator's planning took per table. */
    private static void planning(BenchmarkResults results, StringBuilder md) {
        List<String> inside = results.settings() == null
                ? List.of()
                : results.settings().planningInside().stream()
                        .map(label -> "`" + label + "`")
                        .toList();
        md.append(String.format(
                Locale.ROOT,
                "%nPlanning: %s; the other engines read the files the coordinator "
                        + "planned, which took (add a query's tables for like-for-like times):%n%n",
                inside.isEmpty()
                        ? "no engine plans inside its query times"
                        : String.join(", ", inside) + " include it in their query times"));
        for (TableInfo t : results.tables()) {
            md.append(String.format(
                    Locale.ROOT,
                    "- %s: %.1f ms, %d manifests, %d data files, %d delete files%n",
                    t.name(),
                    t.planning() == null ? 0.0 : t.planning().planMs(),
                    t.planning() == null ? 0 : t.planning().manifests(),
                    t.dataFiles(),
                    t.deleteFiles()));
        }
    }

    @Override
    public String render(ScaleResults results) {
        StringBuilder md = new StringBuilder("## icebench scale: " + results.engine() + "\n\n");
        md.append(
                "| Clients | Throughput [q/min] | Speedup | Efficiency | Start-up [ms] |\n|---:|---:|---:|---:|---:|\n");
        for (ScaleResults.LevelSummary l : results.levels()) {
            md.append(String.format(
                    Locale.ROOT,
                    "| %d | %.1f ± %.1f | %.2f ± %.2f | %.2f ± %.2f%s | %.0f |%n",
                    l.clients(),
                    l.throughputPerMinute().median(),
                    l.throughputPerMinute().stddev(),
                    l.speedup().median(),
                    l.speedup().stddev(),
                    l.efficiency().median(),
                    l.efficiency().stddev(),
                    l.superlinear() ? " ⚠ superlinear" : "",
                    l.startupMs().median()));
        }
        if (results.dataScaling() != null) {
            results.dataScaling()
                    .fits()
                    .forEach(f -> md.append(String.format(
                            Locale.ROOT, "- %s: time ∝ SF^%.2f (R² %.3f)%n", f.query(), f.exponent(), f.rSquared())));
        }
        return md.toString();
    }
}
