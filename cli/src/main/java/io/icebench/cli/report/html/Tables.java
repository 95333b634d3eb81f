package io.icebench.cli.report.html;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.icebench.cli.report.AnswerGroups;
import io.icebench.cli.report.Format;
import io.icebench.core.model.BenchmarkResults;
import io.icebench.core.model.Comparison;
import io.icebench.core.model.EngineRun;
import io.icebench.core.model.Failure;
import io.icebench.core.model.QueryRun;
import io.icebench.core.model.Stats;
import io.icebench.core.model.TableInfo;
import io.icebench.core.protocol.Json;
import io.icebench.core.verify.QueryVerification;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

/** The report's tables: per-query statistics, answer verification, comparisons, failures, planning. */
final class Tables {

    private Tables() {}

    static String stats(BenchmarkResults results) {
        StringBuilder t =
                new StringBuilder("<section><h2>Statistics per engine and query</h2><div class=\"scroll\"><table>"
                        + "<thead><tr><th>engine</th><th>query</th><th>n</th><th>median ms</th><th>median CI (95% unless said)</th><th>mean ± sd</th>"
                        + "<th>cv</th><th>cold ms</th><th>outliers</th><th>rows</th></tr></thead><tbody>");
        for (EngineRun engine : results.engines()) {
            for (QueryRun q : engine.queries()) {
                Stats s = q.stats();
                if (s == null && q.ok() && q.coldMs() != null) {
                    t.append(String.format(
                            Locale.ROOT,
                            "<tr><td>%s</td><td>%s</td><td>0</td><td colspan=\"4\">cold run only</td>"
                                    + "<td class=\"num\">%.2f</td><td></td><td class=\"num\">%s</td></tr>",
                            Html.escape(engine.name()),
                            Html.escape(q.id()),
                            q.coldMs(),
                            q.rows() == null ? "" : q.rows().toString()));
                }
                if (s == null) {
                    continue;
                }
                t.append(String.format(
                        Locale.ROOT,
                        "<tr><td>%s</td><td>%s</td><td>%d</td><td class=\"num\">%.2f</td>"
                                + "<td class=\"num\">%s</td><td class=\"num\">%.2f ± %.2f</td><td class=\"num\">%.1f%%</td>"
                                + "<td class=\"num\">%s</td><td>%s</td><td class=\"num\">%s</td></tr>",
                        Html.escape(engine.name()),
                        Html.escape(q.id()),
                        s.n(),
                        s.medianMs(),
                        Format.interval(s, "–"),
                        s.meanMs(),
                        s.stddevMs(),
                        s.cv() * 100,
                        q.coldMs() != null ? String.format(Locale.ROOT, "%.2f", q.coldMs()) : "",
                        Html.escape(s.outliers() == null || s.outliers().isEmpty() ? "" : json(s.outliers())),
                        q.rows() == null ? "" : q.rows().toString()));
            }
        }
        return t.append("</tbody></table></div></section>").toString();
    }

    static String verification(List<QueryVerification> verification) {
        if (verification == null) {
            return "<section><h2>Answers</h2><p>Not compared (--no-verify).</p></section>";
        }
        StringBuilder t = new StringBuilder("<section><h2>Answers across engines</h2><table><thead><tr><th>query</th>"
                + "<th>verdict</th><th>engines</th><th>first difference</th></tr></thead><tbody>");
        for (QueryVerification v : verification) {
            StringBuilder engines = new StringBuilder();
            v.engines()
                    .forEach((engine, verdict) -> engines.append("<span class=\"badge ")
                            .append(Html.escape(verdict))
                            .append("\">")
                            .append(Html.escape(engine))
                            .append("</span> "));
            boolean disagree = QueryVerification.DISAGREE.equals(v.status());
            StringBuilder diffs = new StringBuilder();
            if (disagree) {
                diffs.append(
                                "<div>No strict majority and no <code>--reference</code>: no engine is called wrong. Groups: ")
                        .append(Html.escape(AnswerGroups.text(v.groups())))
                        .append("</div>");
            }
            List<QueryVerification.Mismatch> shown = disagree ? v.differences() : v.mismatches();
            for (QueryVerification.Mismatch m : shown == null ? List.<QueryVerification.Mismatch>of() : shown) {
                diffs.append("<div><b>")
                        .append(Html.escape(m.engine()))
                        .append(disagree ? "</b> and <b>" : "</b> against ")
                        .append(Html.escape(m.against()))
                        .append(disagree ? "</b> differ" : "")
                        .append(": ")
                        .append(Html.escape(m.reason()));
                if (m.expected() != null || m.actual() != null) {
                    diffs.append("<br><code>")
                            .append(Html.escape(json(m.expected())))
                            .append("</code><br><code>")
                            .append(Html.escape(json(m.actual())))
                            .append("</code>");
                }
                diffs.append("</div>");
            }
            t.append("<tr><td>")
                    .append(Html.escape(v.query()))
                    .append("</td><td><span class=\"badge ")
                    .append(Html.escape(v.status()))
                    .append("\">")
                    .append(disagree ? "engines disagree" : Html.escape(v.status()))
                    .append("</span></td><td>")
                    .append(engines)
                    .append("</td><td>")
                    .append(diffs)
                    .append("</td></tr>");
        }
        return t.append("</tbody></table></section>").toString();
    }

    static String comparisons(List<Comparison> comparisons) {
        if (comparisons == null || comparisons.isEmpty()) {
            return "";
        }
        StringBuilder t = new StringBuilder("<section><h2>Engine against engine</h2><p>Ratio of medians; the range is "
                + "from the two 95% intervals; overlapping intervals are a tie.</p><ul class=\"comparisons\">");
        for (Comparison c : comparisons) {
            t.append("<li>")
                    .append(
                            c.tie()
                                    ? String.format(
                                            Locale.ROOT,
                                            "%s and %s tie on %s (%.2f×)",
                                            Html.escape(c.faster()),
                                            Html.escape(c.slower()),
                                            Html.escape(c.query()),
                                            c.ratio())
                                    : String.format(
                                            Locale.ROOT,
                                            "<b>%s</b> is %.2f× (%.2f–%.2f) faster than %s on %s",
                                            Html.escape(c.faster()),
                                            c.ratio(),
                                            c.ratioLow(),
                                            c.ratioHigh(),
                                            Html.escape(c.slower()),
                                            Html.escape(c.query())))
                    .append(Html.escape(c.rangeCaveat()))
                    .append("</li>");
        }
        return t.append("</ul></section>").toString();
    }

    static String failures(BenchmarkResults results) {
        StringBuilder rows = new StringBuilder();
        for (EngineRun engine : results.engines()) {
            String name = Html.escape(engine.name());
            if (engine.error() != null) {
                rows.append(row(name, "(engine)", engine.error()));
            }
            for (QueryRun q : engine.queries()) {
                if (q.error() != null) {
                    rows.append(row(name, Html.escape(q.id()), q.error()));
                }
            }
        }
        if (rows.length() == 0) {
            return "<section><h2>Failures</h2><p>None.</p></section>";
        }
        return "<section><h2>Failures</h2><table><thead><tr><th>engine</th><th>query</th><th>kind</th><th>message</th>"
                + "</tr></thead><tbody>" + rows + "</tbody></table></section>";
    }

    /** Each table's planning by the coordinator, and which engines plan inside their query times instead. */
    static String planning(BenchmarkResults results) {
        List<String> inside =
                results.settings() == null ? List.of() : results.settings().planningInside();
        StringBuilder t = new StringBuilder("<section><h2>Planning</h2><p>")
                .append(
                        inside.isEmpty()
                                ? "No engine plans inside its query times"
                                : Html.escape(String.join(", ", inside)) + " include planning in their query times")
                .append("; the other engines read the files the coordinator planned (add a query's tables for "
                        + "like-for-like times).</p><table><thead><tr><th>table</th><th>plan ms</th><th>manifests</th>"
                        + "<th>data files</th><th>delete files</th></tr></thead><tbody>");
        for (TableInfo table : results.tables()) {
            t.append(String.format(
                    Locale.ROOT,
                    "<tr><td>%s</td><td>%.1f</td><td>%d</td><td>%d</td><td>%d</td></tr>",
                    Html.escape(table.name()),
                    table.planning() == null ? 0.0 : table.planning().planMs(),
                    table.planning() == null ? 0 : table.planning().manifests(),
                    table.dataFiles(),
                    table.deleteFiles()));
        }
        return t.append("</tbody></table></section>").toString();
    }

    private static String row(String engine, String query, Failure error) {
        return "<tr><td>" + engine + "</td><td>" + query + "</td><td><span class=\"badge mismatch\">"
                + Html.escape(error.kind() == null ? "" : error.kind().label()) + "</span></td><td>"
                + Html.escape(
                        error.message() == null
                                ? ""
                                : error.message().lines().findFirst().orElse("")) + "</td></tr>";
    }

    /** A value written as compact JSON, decimals as the results file holds them (380456.00). */
    private static String json(Object value) {
        try {
            return Json.MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
