package io.icebench.cli.report.html;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The report of {@code icebench scale}: speedup and efficiency against clients, or time against data size. */
final class ScaleSections {

    private ScaleSections() {
    }

    static void append(StringBuilder body, JsonNode results) {
        JsonNode settings = results.path("settings");
        body.append("<h1>icebench scale report</h1><p class=\"meta\">").append(Html.escape(settings.path("engine").asText()))
                .append(" · ").append(Html.escape(results.path("environment").path("started_at").asText())).append("</p>");
        JsonNode scaling = results.path("data_scaling");
        if (!scaling.isMissingNode() && !scaling.isNull()) {
            dataScaling(body, scaling);
            return;
        }
        List<double[]> speedup = new ArrayList<>();
        List<double[]> efficiency = new ArrayList<>();
        List<double[]> ideal = new ArrayList<>();
        List<double[]> idealEfficiency = new ArrayList<>();
        StringBuilder rows = new StringBuilder();
        for (JsonNode level : results.path("levels")) {
            double n = level.path("clients").asDouble();
            speedup.add(new double[] {n, level.path("speedup").path("median").asDouble()});
            efficiency.add(new double[] {n, level.path("efficiency").path("median").asDouble()});
            ideal.add(new double[] {n, n});
            idealEfficiency.add(new double[] {n, 1});
            rows.append(String.format(Locale.ROOT, "<tr><td>%.0f</td><td class=\"num\">%.1f ± %.1f</td><td class=\"num\">"
                    + "%.2f ± %.2f</td><td class=\"num\">%.2f ± %.2f%s</td><td class=\"num\">%.0f ms (%.0f%%)</td><td>%s</td></tr>",
                    n, level.path("throughput_per_minute").path("median").asDouble(),
                    level.path("throughput_per_minute").path("stddev").asDouble(), level.path("speedup").path("median").asDouble(),
                    level.path("speedup").path("stddev").asDouble(), level.path("efficiency").path("median").asDouble(),
                    level.path("efficiency").path("stddev").asDouble(),
                    level.path("superlinear").asBoolean() ? " <span class=\"badge mismatch\">superlinear</span>" : "",
                    level.path("startup_ms").path("median").asDouble(), level.path("startup_share").asDouble() * 100,
                    Html.escape(String.join("; ", notes(level)))));
        }
        body.append("<section><h2>Speedup and efficiency against clients</h2><div class=\"scroll\">")
                .append(new LineChart("Speedup against clients", "clients", "speedup")
                        .add(new LineChart.Line("speedup", speedup, false)).add(new LineChart.Line("ideal", ideal, true)).svg())
                .append(new LineChart("Efficiency against clients", "clients", "efficiency")
                        .add(new LineChart.Line("efficiency", efficiency, false))
                        .add(new LineChart.Line("ideal", idealEfficiency, true)).svg())
                .append("</div><table><thead><tr><th>clients</th><th>queries/min</th><th>speedup</th><th>efficiency</th>"
                        + "<th>start-up</th><th>notes</th></tr></thead><tbody>").append(rows).append("</tbody></table></section>");
    }

    private static List<String> notes(JsonNode level) {
        List<String> notes = new ArrayList<>();
        level.path("notes").forEach(n -> notes.add(n.asText()));
        return notes;
    }

    private static void dataScaling(StringBuilder body, JsonNode scaling) {
        List<LineChart.Line> lines = new ArrayList<>();
        List<String> queries = new ArrayList<>();
        scaling.path("points").get(0).path("median_ms").fieldNames().forEachRemaining(queries::add);
        for (String query : queries) {
            List<double[]> points = new ArrayList<>();
            scaling.path("points").forEach(p -> points.add(new double[] {p.path("scale").asDouble(),
                p.path("median_ms").path(query).asDouble()}));
            lines.add(new LineChart.Line(query, points, false));
        }
        LineChart chart = new LineChart("Median time against TPC-H scale factor", "scale factor", "ms");
        lines.forEach(chart::add);
        StringBuilder fits = new StringBuilder("<ul>");
        scaling.path("fits").forEach(f -> fits.append(String.format(Locale.ROOT, "<li>%s: time ∝ SF<sup>%.2f</sup> (R² %.3f)</li>",
                Html.escape(f.path("query").asText()), f.path("exponent").asDouble(), f.path("r_squared").asDouble())));
        body.append("<section><h2>Time against data size</h2><div class=\"scroll\">").append(chart.svg())
                .append("</div>").append(fits).append("</ul></section>");
    }
}
