package io.icebench.cli.report.html;

import io.icebench.core.workload.EngineTrend;
import io.icebench.core.workload.PhaseOutcome;
import io.icebench.core.workload.ReadRound;
import io.icebench.core.workload.WorkloadResults;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The workload report as one self-contained HTML page: per engine a line chart of suite time against round
 * with each compaction marked, the trends, and the files and snapshots of every round.
 */
public final class WorkloadPage {

    private WorkloadPage() {}

    public static String of(WorkloadResults r) {
        StringBuilder body = new StringBuilder("<h1>Workload " + Html.escape(r.workload()) + "</h1><p class=\"meta\">"
                + Html.escape(r.namespace()) + " · " + r.rounds().size() + " rounds · answers "
                + (r.verified() ? "verified in every round" : "NOT verified in every round")
                + (r.interrupted() ? " · interrupted: the rounds done" : "") + "</p>");
        body.append("<section><h2>Trends</h2><table><tr><th>engine</th><th>queries</th><th>degradation rate</th>"
                + "<th>compaction gain</th></tr>");
        for (EngineTrend t : r.trends()) {
            body.append(String.format(
                    Locale.ROOT,
                    "<tr><td>%s</td><td class=\"num\">%d</td><td class=\"num\">%s</td><td class=\"num\">%s</td></tr>",
                    Html.escape(t.engine()),
                    t.queries().size(),
                    percent(t.degradationRate()),
                    percent(t.compactionGain())));
        }
        body.append("</table><p class=\"meta\">Degradation rate: mean relative change of the suite time from round "
                + "to round before the first compaction (LST-Bench). Compaction gain: time saved by the first "
                + "compaction relative to the round before it.</p></section>");
        body.append("<section><h2>Suite time against round</h2>");
        for (int e = 0; e < r.trends().size(); e++) {
            EngineTrend t = r.trends().get(e);
            if (t.suiteMs().size() < 2) {
                continue;
            }
            List<double[]> points = new ArrayList<>();
            for (int i = 0; i < t.suiteMs().size(); i++) {
                points.add(new double[] {r.rounds().get(i).round(), t.suiteMs().get(i)});
            }
            LineChart chart = new LineChart(
                            t.engine() + ": suite time (" + t.queries().size() + " queries)", "round", "ms")
                    .add(new LineChart.Line(t.engine(), points, false));
            r.rounds().stream()
                    .filter(ReadRound::compacted)
                    .forEach(round -> chart.mark(new LineChart.Marker(Math.max(0, round.round() - 0.5), "compaction")));
            body.append(chart.svg()
                    .replace("class=\"line s0", "class=\"line s" + e % 8)
                    .replace("class=\"dot s0", "class=\"dot s" + e % 8));
        }
        body.append("</section><section><h2>Files and snapshots per round</h2><table><tr><th>round</th>"
                + "<th>phase</th><th>after</th><th>data files</th><th>delete files</th><th>snapshots</th>"
                + "<th>verified</th></tr>");
        for (ReadRound round : r.rounds()) {
            body.append(String.format(
                    Locale.ROOT,
                    "<tr><td class=\"num\">%d</td><td>%s</td><td>%s</td><td class=\"num\">%d</td>"
                            + "<td class=\"num\">%d</td><td class=\"num\">%d</td><td>%s</td></tr>",
                    round.round(),
                    Html.escape(round.phase()),
                    Html.escape(round.after().isEmpty() ? "–" : String.join(" + ", round.after())),
                    round.dataFiles(),
                    round.deleteFiles(),
                    round.snapshots(),
                    round.verified()
                            ? "<span class=\"badge match\">match</span>"
                            : "<span class=\"badge mismatch\">"
                                    + Html.escape(round.mismatched().toString()) + "</span>"));
        }
        body.append("</table></section><section><h2>Phases</h2><table><tr><th>#</th><th>phase</th><th>round</th>"
                + "<th>seconds</th><th>status</th><th>what it did</th></tr>");
        for (PhaseOutcome p : r.phases()) {
            body.append(String.format(
                    Locale.ROOT,
                    "<tr><td class=\"num\">%d</td><td>%s</td><td class=\"num\">%d</td><td class=\"num\">%.1f</td>"
                            + "<td>%s</td><td>%s</td></tr>",
                    p.index(),
                    Html.escape(p.id()),
                    p.round(),
                    p.ms() / 1000,
                    Html.escape(p.status()),
                    Html.escape(p.detail())));
        }
        body.append("</table></section>");
        return Page.wrap("icebench workload " + r.workload(), body.toString());
    }

    private static String percent(Double value) {
        return value == null ? "–" : String.format(Locale.ROOT, "%+.1f%%", value * 100);
    }
}
