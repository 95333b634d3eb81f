package io.icebench.cli.report.html;

import io.icebench.cli.scale.DataScaling;
import io.icebench.cli.scale.ScaleResults;
import io.icebench.cli.scale.ScaleResults.LevelSummary;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The report of {@code icebench scale}: speedup and efficiency against clients, or time against data size. */
final class ScaleSections {

    private ScaleSections() {}

    static void append(StringBuilder body, ScaleResults results) {
        body.append("<h1>icebench scale report</h1><p class=\"meta\">")
                .append(Html.escape(results.engine()))
                .append(" · ")
                .append(Html.escape(
                        results.environment() == null
                                ? ""
                                : results.environment().startedAt()))
                .append("</p>");
        if (results.dataScaling() != null) {
            dataScaling(body, results.dataScaling());
            return;
        }
        List<double[]> speedup = new ArrayList<>();
        List<double[]> efficiency = new ArrayList<>();
        List<double[]> ideal = new ArrayList<>();
        List<double[]> idealEfficiency = new ArrayList<>();
        StringBuilder rows = new StringBuilder();
        for (LevelSummary level : results.levels()) {
            double n = level.clients();
            speedup.add(new double[] {n, level.speedup().median()});
            efficiency.add(new double[] {n, level.efficiency().median()});
            ideal.add(new double[] {n, n});
            idealEfficiency.add(new double[] {n, 1});
            rows.append(String.format(
                    Locale.ROOT,
                    "<tr><td>%.0f</td><td class=\"num\">%.1f ± %.1f</td><td class=\"num\">"
                            + "%.2f ± %.2f</td><td class=\"num\">%.2f ± %.2f%s</td><td class=\"num\">%.0f ms (%.0f%%)</td><td>%s</td></tr>",
                    n,
                    level.throughputPerMinute().median(),
                    level.throughputPerMinute().stddev(),
                    level.speedup().median(),
                    level.speedup().stddev(),
                    level.efficiency().median(),
                    level.efficiency().stddev(),
                    level.superlinear() ? " <span class=\"badge mismatch\">superlinear</span>" : "",
                    level.startupMs().median(),
                    level.startupShare() * 100,
                    Html.escape(String.join("; ", level.notes() == null ? List.of() : level.notes()))));
        }
        body.append("<section><h2>Speedup and efficiency against clients</h2><div class=\"scroll\">")
                .append(new LineChart("Speedup against clients", "clients", "speedup")
                        .add(new LineChart.Line("speedup", speedup, false))
                        .add(new LineChart.Line("ideal", ideal, true))
                        .svg())
                .append(new LineChart("Efficiency against clients", "clients", "efficiency")
                        .add(new LineChart.Line("efficiency", efficiency, false))
                        .add(new LineChart.Line("ideal", idealEfficiency, true))
                        .svg())
                .append(
                        "</div><table><thead><tr><th>clients</th><th>queries/min</th><th>speedup</th><th>efficiency</th>"
                                + "<th>start-up</th><th>notes</th></tr></thead><tbody>")
                .append(rows)
                .append("</tbody></table></section>");
    }

    private static void dataScaling(StringBuilder body, DataScaling scaling) {
        List<String> queries = scaling.points().isEmpty()
                ? List.of()
                : List.copyOf(scaling.points().get(0).medianMs().keySet());
        LineChart chart = new LineChart("Median time against TPC-H scale factor", "scale factor", "ms");
        for (String query : queries) {
            List<double[]> points = new ArrayList<>();
            scaling.points()
                    .forEach(p ->
                            points.add(new double[] {p.scale(), p.medianMs().getOrDefault(query, 0.0)}));
            chart.add(new LineChart.Line(query, points, false));
        }
        StringBuilder fits = new StringBuilder("<ul>");
        scaling.fits()
                .forEach(f -> fits.append(String.format(
                        Locale.ROOT,
                        "<li>%s: time ∝ SF<sup>%.2f</sup> (R² %.3f)</li>",
                        Html.escape(f.query()),
                        f.exponent(),
                        f.rSquared())));
        body.append("<section><h2>Time against data size</h2><div class=\"scroll\">")
                .append(chart.svg())
                .append("</div>")
                .append(fits)
                .append("</ul></section>");
    }
}
