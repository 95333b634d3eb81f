package io.icebench.cli.report.html;

import io.icebench.cli.run.RunSummary;
import io.icebench.core.model.BenchmarkResults;
import io.icebench.core.model.EngineRun;
import io.icebench.core.model.IterationResult;
import io.icebench.core.model.QueryRun;
import io.icebench.core.model.RunVerdict;
import io.icebench.core.model.Stats;
import io.icebench.core.verify.QueryVerification;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/** The report of a run: verdict, medians, memory, cold against warm, then the tables. */
final class RunSections {

    private RunSections() {}

    static void append(StringBuilder body, BenchmarkResults results) {
        List<String> engines = new ArrayList<>();
        Set<String> queries = new LinkedHashSet<>();
        for (EngineRun engine : results.engines()) {
            engines.add(engine.name());
            engine.queries().forEach(q -> queries.add(q.id()));
        }
        body.append("<h1>icebench report</h1><p class=\"meta\">")
                .append(Html.escape(
                        results.environment() == null
                                ? ""
                                : results.environment().startedAt()))
                .append(" · metastore ")
                .append(Html.escape(results.metastore()))
                .append(results.interrupted() ? " · <span class=\"badge mismatch\">interrupted</span>" : "")
                .append("</p>");
        verdict(body, results.summary(), results.verification());
        boolean coldOnly = !RunSummary.anyMeasured(results.engines());
        BarChart medians = new BarChart(
                coldOnly
                        ? "Cold run per query (no measured runs: one run each, no interval)"
                        : "Median time per query, with 95% confidence interval of the median",
                "ms",
                engines,
                List.copyOf(queries));
        BarChart coldWarm =
                new BarChart("Cold run against warm median", "ms", coldWarmSeries(engines), List.copyOf(queries));
        for (EngineRun engine : results.engines()) {
            String name = engine.name();
            for (QueryRun q : engine.queries()) {
                Stats s = q.stats();
                if (coldOnly && q.ok() && q.coldMs() != null) {
                    medians.add(new BarChart.Bar(
                            name,
                            q.id(),
                            q.coldMs(),
                            Double.NaN,
                            Double.NaN,
                            String.format(Locale.ROOT, "%s %s: cold run %.2f ms", name, q.id(), q.coldMs())));
                }
                if (!q.ok() || s == null) {
                    continue;
                }
                String id = q.id();
                double median = s.medianMs();
                medians.add(new BarChart.Bar(
                        name,
                        id,
                        median,
                        s.ciLowMs(),
                        s.ciHighMs(),
                        String.format(
                                Locale.ROOT,
                                "%s %s: median %.2f ms (CI %.2f–%.2f), n=%d",
                                name,
                                id,
                                median,
                                s.ciLowMs(),
                                s.ciHighMs(),
                                s.n())));
                if (q.coldMs() != null) {
                    coldWarm.add(new BarChart.Bar(
                            name + " cold",
                            id,
                            q.coldMs(),
                            Double.NaN,
                            Double.NaN,
                            String.format(Locale.ROOT, "%s %s: cold %.2f ms", name, id, q.coldMs())));
                }
                coldWarm.add(new BarChart.Bar(
                        name + " warm",
                        id,
                        median,
                        Double.NaN,
                        Double.NaN,
                        String.format(Locale.ROOT, "%s %s: warm median %.2f ms", name, id, median)));
            }
        }
        double[] range = results.engines().stream()
                .flatMap(e -> e.queries().stream())
                .flatMap(q -> Stream.of(q.stats(), q.freshProcessColdStats()))
                .filter(Objects::nonNull)
                .mapToDouble(Stats::medianMs)
                .filter(v -> v > 0)
                .sorted()
                .toArray();
        boolean wide = range.length > 0 && range[range.length - 1] / range[0] > 50;
        body.append("<section><h2>" + (coldOnly ? "Cold run per query" : "Median time per query")
                        + "</h2><label class=\"toggle\"><input type=\"checkbox\" id=\"log\""
                        + (wide ? " checked" : "") + "> log scale</label><div class=\"scroll linear\">")
                .append(medians.svg(false))
                .append("</div><div class=\"scroll log\">")
                .append(medians.svg(true))
                .append("</div></section>");
        body.append("<section><h2>Peak memory per engine</h2><div class=\"scroll\">")
                .append(memory(results, engines))
                .append("</div></section>");
        body.append("<section><h2>Cold against warm</h2><div class=\"scroll\">")
                .append(coldWarm.svg(true))
                .append("</div></section>");
        body.append(Tables.stats(results));
        body.append(Tables.verification(results.verification()));
        body.append(Tables.comparisons(
                results.summary() == null ? List.of() : results.summary().comparisons()));
        body.append(Tables.failures(results));
        body.append(Tables.planning(results));
    }

    private static void verdict(StringBuilder body, RunVerdict summary, List<QueryVerification> verification) {
        body.append("<section class=\"verdict\"><h2>Verdict</h2><ul>");
        if (summary != null && summary.fastest() != null) {
            body.append("<li>Fastest: <b>")
                    .append(Html.escape(summary.fastest()))
                    .append("</b> (lowest total of medians over ")
                    .append(summary.comparedQueries().size())
                    .append(" queries every engine answered; an answer that differs counts as a failure)</li>");
        }
        if (summary != null && summary.mostMemoryEfficient() != null) {
            body.append("<li>Most memory-efficient: <b>")
                    .append(Html.escape(summary.mostMemoryEfficient()))
                    .append("</b></li>");
        }
        if (summary != null && summary.score() != null && !summary.score().isEmpty()) {
            body.append("<li>Suite score (geometric mean of (median + 10 ms) / (best + 10 ms); 1.00 is best):");
            summary.score()
                    .forEach((engine, score) ->
                            body.append(String.format(Locale.ROOT, " <b>%s</b> %.2f", Html.escape(engine), score)));
            body.append("</li>");
        }
        body.append("<li>Answers across engines: ")
                .append(verificationCounts(verification))
                .append("</li></ul></section>");
    }

    private static List<String> coldWarmSeries(List<String> engines) {
        List<String> series = new ArrayList<>();
        engines.forEach(e -> {
            series.add(e + " cold");
            series.add(e + " warm");
        });
        return series;
    }

    private static String memory(BenchmarkResults results, List<String> engines) {
        BarChart chart = new BarChart("Memory of each engine's worker", "MB", engines, List.of("after set-up", "peak"));
        for (EngineRun engine : results.engines()) {
            String name = engine.name();
            if (engine.rssAfterSetupBytes() != null) {
                double mb = engine.rssAfterSetupBytes() / (double) (1 << 20);
                chart.add(new BarChart.Bar(
                        name,
                        "after set-up",
                        mb,
                        Double.NaN,
                        Double.NaN,
                        String.format(Locale.ROOT, "%s: %.1f MB resident after set-up", name, mb)));
            }
            double peak = 0;
            for (QueryRun q : engine.queries()) {
                Long peakRss = peak(q);
                peak = Math.max(peak, peakRss == null ? 0 : peakRss);
            }
            if (peak > 0) {
                double mb = peak / (1 << 20);
                chart.add(new BarChart.Bar(
                        name,
                        "peak",
                        mb,
                        Double.NaN,
                        Double.NaN,
                        String.format(Locale.ROOT, "%s: peak %.1f MB resident during queries", name, mb)));
            }
        }
        return chart.svg(false);
    }

    /** The highest resident set of a query's cold run and iterations, null when none was measured. */
    private static Long peak(QueryRun q) {
        Stream<Long> iterations = q.iterations() == null
                ? Stream.empty()
                : q.iterations().stream().map(IterationResult::peakRssBytes);
        return Stream.concat(iterations, Stream.of(q.coldPeakRssBytes()))
                .filter(Objects::nonNull)
                .max(Long::compare)
                .orElse(null);
    }

    static String verificationCounts(List<QueryVerification> verification) {
        if (verification == null) {
            return "not compared (--no-verify)";
        }
        int match = 0;
        int mismatch = 0;
        int disagree = 0;
        int unverified = 0;
        for (QueryVerification v : verification) {
            switch (v.status()) {
                case QueryVerification.MATCH -> match++;
                case QueryVerification.MISMATCH -> mismatch++;
                case QueryVerification.DISAGREE -> disagree++;
                default -> unverified++;
            }
        }
        return String.format(
                Locale.ROOT,
                "<span class=\"badge match\">%d match</span> <span class=\"badge mismatch\">"
                        + "%d mismatch</span> <span class=\"badge disagree\">%d engines disagree</span> "
                        + "<span class=\"badge unverified\">%d unverified</span>",
                match,
                mismatch,
                disagree,
                unverified);
    }
}
