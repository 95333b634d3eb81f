package io.icebench.cli.report.html;

import com.fasterxml.jackson.databind.JsonNode;
import io.icebench.core.protocol.Json;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One self-contained HTML page (inline CSS and SVG, no script, no network) from a results file: verdict,
 * per-query medians with confidence whiskers (linear or log), memory, cold against warm, answer
 * verification, failures, environment and settings; for a scale run, speedup and efficiency against
 * clients with the ideal line.
 */
public final class HtmlReport {

    private HtmlReport() {
    }

    public static String render(JsonNode results) {
        StringBuilder body = new StringBuilder();
        if (results.path("kind").asText().equals("scale") || results.path("kind").asText().equals("data-scaling")) {
            ScaleSections.append(body, results);
        } else {
            benchmark(body, results);
        }
        environment(body, results);
        return Page.wrap("icebench report", body.toString());
    }

    private static void benchmark(StringBuilder body, JsonNode results) {
        List<String> engines = new ArrayList<>();
        Set<String> queries = new LinkedHashSet<>();
        for (JsonNode engine : results.path("engines")) {
            engines.add(engine.path("name").asText());
            engine.path("queries").forEach(q -> queries.add(q.path("id").asText()));
        }
        JsonNode summary = results.path("summary");
        body.append("<h1>icebench report</h1><p class=\"meta\">").append(Html.escape(results.path("environment")
                .path("started_at").asText())).append(" · metastore ").append(Html.escape(results.path("metastore").asText()))
                .append(results.path("interrupted").asBoolean() ? " · <span class=\"badge mismatch\">interrupted</span>" : "")
                .append("</p>");
        body.append("<section class=\"verdict\"><h2>Verdict</h2><ul>");
        if (summary.has("fastest")) {
            body.append("<li>Fastest: <b>").append(Html.escape(summary.path("fastest").asText()))
                    .append("</b> (lowest total of medians over ").append(summary.path("compared_queries").size())
                    .append(" queries every engine completed)</li>");
        }
        if (summary.has("most_memory_efficient")) {
            body.append("<li>Most memory-efficient: <b>").append(Html.escape(summary.path("most_memory_efficient").asText()))
                    .append("</b></li>");
        }
        Iterator<Map.Entry<String, JsonNode>> scores = summary.path("score").fields();
        if (scores.hasNext()) {
            body.append("<li>Suite score (geometric mean of (median + 10 ms) / (best + 10 ms); 1.00 is best):");
            scores.forEachRemaining(e -> body.append(String.format(Locale.ROOT, " <b>%s</b> %.2f",
                    Html.escape(e.getKey()), e.getValue().asDouble())));
            body.append("</li>");
        }
        body.append("<li>Answers across engines: ").append(verificationCounts(results.path("verification"))).append("</li></ul></section>");

        BarChart medians = new BarChart("Median time per query, with 95% confidence interval of the median", "ms",
                engines, List.copyOf(queries));
        BarChart coldWarm = new BarChart("Cold run against warm median", "ms", coldWarmSeries(engines), List.copyOf(queries));
        for (JsonNode engine : results.path("engines")) {
            String name = engine.path("name").asText();
            for (JsonNode q : engine.path("queries")) {
                JsonNode s = q.path("stats");
                if (!q.path("status").asText().equals("ok") || s.isMissingNode() || s.isNull()) {
                    continue;
                }
                String id = q.path("id").asText();
                double median = s.path("median_ms").asDouble();
                medians.add(new BarChart.Bar(name, id, median, s.path("ci_low_ms").asDouble(Double.NaN),
                        s.path("ci_high_ms").asDouble(Double.NaN), String.format(Locale.ROOT,
                                "%s %s: median %.2f ms (CI %.2f–%.2f), n=%d", name, id, median,
                                s.path("ci_low_ms").asDouble(), s.path("ci_high_ms").asDouble(), s.path("n").asInt())));
                if (q.hasNonNull("cold_ms")) {
                    coldWarm.add(new BarChart.Bar(name + " cold", id, q.path("cold_ms").asDouble(), Double.NaN, Double.NaN,
                            String.format(Locale.ROOT, "%s %s: cold %.2f ms", name, id, q.path("cold_ms").asDouble())));
                }
                coldWarm.add(new BarChart.Bar(name + " warm", id, median, Double.NaN, Double.NaN,
                        String.format(Locale.ROOT, "%s %s: warm median %.2f ms", name, id, median)));
            }
        }
        double[] range = results.findValues("median_ms").stream().mapToDouble(JsonNode::asDouble).filter(v -> v > 0)
                .sorted().toArray();
        boolean wide = range.length > 0 && range[range.length - 1] / range[0] > 50;
        body.append("<section><h2>Median time per query</h2><label class=\"toggle\"><input type=\"checkbox\" id=\"log\""
                + (wide ? " checked" : "") + "> log scale</label><div class=\"scroll linear\">").append(medians.svg(false))
                .append("</div><div class=\"scroll log\">").append(medians.svg(true)).append("</div></section>");
        body.append("<section><h2>Peak memory per engine</h2><div class=\"scroll\">").append(memory(results, engines))
                .append("</div></section>");
        body.append("<section><h2>Cold against warm</h2><div class=\"scroll\">").append(coldWarm.svg(true)).append("</div></section>");
        body.append(Tables.stats(results));
        body.append(Tables.verification(results.path("verification")));
        body.append(Tables.comparisons(summary.path("comparisons")));
        body.append(Tables.failures(results));
        body.append(Tables.planning(results));
    }

    private static List<String> coldWarmSeries(List<String> engines) {
        List<String> series = new ArrayList<>();
        engines.forEach(e -> {
            series.add(e + " cold");
            series.add(e + " warm");
        });
        return series;
    }

    private static String memory(JsonNode results, List<String> engines) {
        BarChart chart = new BarChart("Memory of each engine's worker", "MB", engines, List.of("after set-up", "peak"));
        for (JsonNode engine : results.path("engines")) {
            String name = engine.path("name").asText();
            if (engine.hasNonNull("rss_after_setup_bytes")) {
                double mb = engine.path("rss_after_setup_bytes").asDouble() / (1 << 20);
                chart.add(new BarChart.Bar(name, "after set-up", mb, Double.NaN, Double.NaN,
                        String.format(Locale.ROOT, "%s: %.1f MB resident after set-up", name, mb)));
            }
            double peak = 0;
            for (JsonNode q : engine.path("queries")) {
                for (JsonNode it : q.path("iterations")) {
                    peak = Math.max(peak, it.path("peak_rss_bytes").asDouble());
                }
                peak = Math.max(peak, q.path("cold_peak_rss_bytes").asDouble());
            }
            if (peak > 0) {
                double mb = peak / (1 << 20);
                chart.add(new BarChart.Bar(name, "peak", mb, Double.NaN, Double.NaN,
                        String.format(Locale.ROOT, "%s: peak %.1f MB resident during queries", name, mb)));
            }
        }
        return chart.svg(false);
    }

    static String verificationCounts(JsonNode verification) {
        if (verification.isMissingNode() || verification.isNull()) {
            return "not compared (--no-verify)";
        }
        int match = 0;
        int mismatch = 0;
        int disagree = 0;
        int unverified = 0;
        for (JsonNode v : verification) {
            switch (v.path("status").asText()) {
                case "match" -> match++;
                case "mismatch" -> mismatch++;
                case "disagree" -> disagree++;
                default -> unverified++;
            }
        }
        return String.format(Locale.ROOT, "<span class=\"badge match\">%d match</span> <span class=\"badge mismatch\">"
                + "%d mismatch</span> <span class=\"badge disagree\">%d engines disagree</span> "
                + "<span class=\"badge unverified\">%d unverified</span>", match, mismatch, disagree, unverified);
    }

    private static void environment(StringBuilder body, JsonNode results) {
        body.append("<section><h2>Environment and settings</h2><dl class=\"env\">");
        results.path("environment").fields().forEachRemaining(e -> body.append("<dt>").append(Html.escape(e.getKey()))
                .append("</dt><dd>").append(Html.escape(e.getValue().isValueNode() ? e.getValue().asText()
                        : e.getValue().toString())).append("</dd>"));
        body.append("</dl><details><summary>settings and tables</summary><pre>");
        try {
            body.append(Html.escape(Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(
                    Json.MAPPER.createObjectNode().<com.fasterxml.jackson.databind.node.ObjectNode>set("settings",
                            results.path("settings")).set("tables", results.path("tables")))));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            body.append(Html.escape(e.getMessage()));
        }
        body.append("</pre></details></section>");
    }
}
