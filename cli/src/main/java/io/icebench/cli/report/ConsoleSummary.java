package io.icebench.cli.report;

import io.icebench.cli.run.RunSummary;
import io.icebench.cli.scale.ScaleResults;
import io.icebench.cli.scale.ScaleResults.LevelSummary;
import io.icebench.core.model.BenchmarkResults;
import io.icebench.core.model.Comparison;
import io.icebench.core.model.EngineRun;
import io.icebench.core.model.EngineStatus;
import io.icebench.core.model.QueryRun;
import io.icebench.core.model.RunSettings;
import io.icebench.core.model.RunVerdict;
import io.icebench.core.verify.AnswerVerifier;
import io.icebench.core.verify.QueryVerification;
import java.util.ArrayList;
import java.util.Formatter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The verdict printed at the end of a run (and {@code report --format text}): each engine's outcome, the
 * fastest and leanest engine, per-query comparisons, planning and answer verification.
 */
public final class ConsoleSummary implements ReportFormat {

    @Override
    public String name() {
        return "text";
    }

    @Override
    public String extension() {
        return "txt";
    }

    @Override
    public String render(BenchmarkResults results) {
        Formatter out = new Formatter(new StringBuilder(), Locale.ROOT);
        out.format("%n═══ Summary ═══%n");
        Set<String> queries = new LinkedHashSet<>();
        results.engines().forEach(e -> e.queries().forEach(q -> queries.add(q.id())));
        Set<String> differing = RunSummary.differingAnswers(results.verification());
        for (EngineRun engine : results.engines()) {
            long ok = engine.queries().stream().filter(QueryRun::ok).count();
            long differs = engine.queries().stream()
                    .filter(q -> differing.contains(RunSummary.key(engine.name(), q.id())))
                    .count();
            out.format(
                    "%-12s %-12s %d/%d queries ok%s, peak RSS %s%s%n",
                    engine.name(),
                    engine.status().label(),
                    ok,
                    queries.size(),
                    differs == 0
                            ? ""
                            : " (" + differs + " answer" + (differs == 1 ? "" : "s") + " differ"
                                    + (differs == 1 ? "s" : "") + ")",
                    engine.peakRssBytes() != null || engine.coldPeakRssBytes() == null
                            ? Format.bytes(engine.peakRssBytes())
                            : Format.bytes(engine.coldPeakRssBytes()) + " (cold runs)",
                    engine.error() != null
                            ? " — " + engine.error().kind().label() + ": "
                                    + engine.error().oneLine()
                            : "");
        }
        RunVerdict summary = results.summary();
        if (summary.fastest() != null) {
            out.format(
                    "🏆 Fastest: %s (total of medians %s over %d quer%s every engine answered%s)%n",
                    summary.fastest(),
                    Format.ms(summary.totalMedianMs().get(summary.fastest())),
                    summary.comparedQueries().size(),
                    summary.comparedQueries().size() == 1 ? "y" : "ies",
                    RunSummary.differingAnswers(results.verification()).isEmpty()
                            ? ""
                            : "; an answer that differs counts as a failure");
        }
        if (summary.mostMemoryEfficient() != null) {
            out.format(
                    "🪶 Most memory-efficient: %s (peak RSS %s)%n",
                    summary.mostMemoryEfficient(),
                    Format.bytes(summary.peakRssBytes().get(summary.mostMemoryEfficient())));
        }
        String coldOnly = ColdRunsOnly.verdict(results.engines(), results.verification());
        if (coldOnly != null) {
            out.format("%s%n", coldOnly);
        } else if (summary.fastest() == null) {
            out.format(
                    RunSummary.anyMeasured(results.engines())
                            ? "No query was answered by every engine without a differing answer: nothing to rank.%n"
                            : "No engine completed a query: nothing to compare.%n");
        }
        comparisons(out, summary, results.verification());
        planning(out, results);
        verification(out, results.verification(), results.settings());
        return out.toString();
    }

    private static void comparisons(Formatter out, RunVerdict summary, List<QueryVerification> verification) {
        if (summary.comparisons() == null || summary.comparisons().isEmpty()) {
            return;
        }
        out.format(
                "⚖️  Per query (ratio of medians, range from their 95%% intervals; overlapping intervals are a tie):%n");
        for (Comparison c : summary.comparisons()) {
            List<QueryVerification> checks = verification == null
                    ? List.of()
                    : verification.stream()
                            .filter(v -> v.query().equals(c.query()))
                            .toList();
            List<String> wrong = checks.stream()
                    .flatMap(v -> v.mismatches().stream())
                    .map(QueryVerification.Mismatch::engine)
                    .filter(e -> e.equals(c.faster()) || e.equals(c.slower()))
                    .toList();
            boolean disagree = checks.stream().anyMatch(v -> QueryVerification.DISAGREE.equals(v.status()));
            out.format(
                    "   %s%s%s%n",
                    c.sentence(),
                    wrong.isEmpty() ? "" : "  ⚠ answer differs: " + String.join(", ", wrong),
                    disagree ? "  ⚠ engines disagree on the answer" : "");
        }
        out.format("📐 Suite score (geometric mean of (median + 10 ms) / (best + 10 ms); 1.00 = fastest everywhere):");
        summary.score().entrySet().stream()
                .sorted(Map.Entry.comparingByValue())
                .forEach(e -> out.format(" %s %.2f", e.getKey(), e.getValue()));
        out.format("%n");
    }

    /** Engines that read the catalog plan inside their queries; the others read what the coordinator planned. */
    private static void planning(Formatter out, BenchmarkResults results) {
        if (results.settings() == null || results.settings().engines() == null) {
            return;
        }
        Set<String> unavailable = new LinkedHashSet<>();
        results.engines().stream()
                .filter(e -> e.status() == EngineStatus.UNAVAILABLE)
                .forEach(e -> unavailable.add(e.name()));
        List<String> inside = new ArrayList<>();
        List<String> outside = new ArrayList<>();
        results.settings().engines().stream()
                .filter(e -> !unavailable.contains(e.label()))
                .forEach(e -> (e.plansInsideQuery() ? inside : outside).add(e.label()));
        if (inside.isEmpty() || outside.isEmpty()) {
            return;
        }
        double planned = results.tables().stream()
                .mapToDouble(t -> t.planning().planMs())
                .sum();
        out.format(
                "🗺  Planning: %s include it in their query times; %s read the coordinator's plan (%s for %d tables, "
                        + "tables[].planning in the results): for like for like, add the plan_ms of a query's tables to their "
                        + "medians%n",
                String.join(", ", inside),
                String.join(", ", outside),
                Format.ms(planned),
                results.tables().size());
    }

    private static void verification(Formatter out, List<QueryVerification> verification, RunSettings settings) {
        if (verification == null) {
            out.format("🔎 Answers not compared (--no-verify)%n");
            return;
        }
        Map<String, Long> counts = new TreeMap<>();
        verification.forEach(v -> counts.merge(v.status(), 1L, Long::sum));
        String reference = settings == null ? null : settings.answerReference();
        out.format(
                "🔎 Answers across engines: %d match, %d mismatch, %d unverified, %d engines disagree%s (tolerance %s; "
                        + "reference: %s)%n",
                counts.getOrDefault(QueryVerification.MATCH, 0L),
                counts.getOrDefault(QueryVerification.MISMATCH, 0L),
                counts.getOrDefault(QueryVerification.UNVERIFIED, 0L),
                counts.getOrDefault(QueryVerification.DISAGREE, 0L),
                (counts.containsKey(QueryVerification.TIE_AT_LIMIT)
                                ? ", " + counts.get(QueryVerification.TIE_AT_LIMIT) + " tie at the limit"
                                : "")
                        + (counts.containsKey(QueryVerification.NULL_ORDER)
                                ? ", " + counts.get(QueryVerification.NULL_ORDER) + " NULL order"
                                : ""),
                settings == null ? null : settings.answerTolerance(),
                reference == null ? "a strict majority" : reference + " (--reference)");
        for (QueryVerification v : verification) {
            if (QueryVerification.DISAGREE.equals(v.status())) {
                out.format(
                        "   ❗ %s: engines disagree: %s — %s%n",
                        v.query(),
                        AnswerGroups.text(v.groups()),
                        v.agreeing().isEmpty()
                                ? "no strict majority; --reference ENGINE names the right one"
                                : "the others may differ only by NULL order, on sort keys the answer does not show;"
                                        + " no engine is called wrong");
            }
            if (QueryVerification.TIE_AT_LIMIT.equals(v.status())) {
                out.format(
                        "   ⚖️  %s: tie at the limit — answers differ only in rows tied on the ORDER BY key at the LIMIT "
                                + "cut; no engine is wrong%n",
                        v.query());
            }
            if (QueryVerification.NULL_ORDER.equals(v.status())) {
                out.format(
                        "   ⚖️  %s: NULL order — the LIMIT let in other rows because the engines sort NULL keys to "
                                + "different ends (the SQL leaves it open); the rows both let in agree; no engine is "
                                + "wrong%n",
                        v.query());
            }
            for (QueryVerification.Mismatch m : v.differences()) {
                out.format(
                        "      %s and %s differ — %s%s%n",
                        m.against(), m.engine(), m.row() >= 0 ? "row " + (m.row() + 1) + ", " : "", m.reason());
                rows(out, m);
            }
            for (QueryVerification.Mismatch m : v.mismatches()) {
                out.format(
                        "   ❗ %s: %s differs from %s — %s%s%n",
                        v.query(),
                        m.engine(),
                        AnswerVerifier.EXPECTED.equals(m.against())
                                ? "the suite's expected answer"
                                : String.join(", ", v.agreeing()),
                        m.row() >= 0 ? "row " + (m.row() + 1) + ", " : "",
                        m.reason());
                rows(out, m);
            }
        }
    }

    private static void rows(Formatter out, QueryVerification.Mismatch m) {
        if (m.expected() != null || m.actual() != null) {
            out.format(
                    "      %-10s %s%n      %-10s %s%n", m.against() + ":", m.expected(), m.engine() + ":", m.actual());
        }
    }

    /** The levels of a scale run: throughput, speedup, efficiency and start-up, with their warnings. */
    @Override
    public String render(ScaleResults results) {
        Formatter out = new Formatter(new StringBuilder(), Locale.ROOT);
        out.format(
                "%n%-8s %-22s %-16s %-16s %s%n", "CLIENTS", "THROUGHPUT (q/min)", "SPEEDUP", "EFFICIENCY", "START-UP");
        for (LevelSummary l : results.levels()) {
            out.format(
                    "%-8d %-22s %-16s %-16s %.0f ms (%.0f%% of the level)%n",
                    l.clients(),
                    String.format(
                            Locale.ROOT,
                            "%.1f ± %.1f",
                            l.throughputPerMinute().median(),
                            l.throughputPerMinute().stddev()),
                    String.format(
                            Locale.ROOT,
                            "%.2f ± %.2f",
                            l.speedup().median(),
                            l.speedup().stddev()),
                    String.format(
                            Locale.ROOT,
                            "%.2f ± %.2f%s",
                            l.efficiency().median(),
                            l.efficiency().stddev(),
                            l.superlinear() ? " ⚠" : ""),
                    l.startupMs().median(),
                    l.startupShare() * 100);
            l.notes().forEach(n -> out.format("   ⚠️  %s%n", n));
        }
        if (!results.levels().isEmpty()) {
            out.format("(ideal: speedup = clients, efficiency = 1.00; median ± stddev over the repeats)%n");
        }
        if (results.dataScaling() != null) {
            out.format("📈 Growth exponent b of time ∝ SF^b (least squares on logarithms; 1 = linear):%n");
            results.dataScaling()
                    .fits()
                    .forEach(f -> out.format("   %-8s b = %.2f (R² %.3f)%n", f.query(), f.exponent(), f.rSquared()));
        }
        return out.toString();
    }
}
