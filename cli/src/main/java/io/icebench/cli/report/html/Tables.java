package io.icebench.cli.report.html;

import com.fasterxml.jackson.databind.JsonNode;
import io.icebench.cli.report.AnswerGroups;
import java.util.Locale;

/** The report's tables: per-query statistics, answer verification, comparisons, failures. */
final class Tables {

    private Tables() {
    }

    static String stats(JsonNode results) {
        StringBuilder t = new StringBuilder("<section><h2>Statistics per engine and query</h2><div class=\"scroll\"><table>"
                + "<thead><tr><th>engine</th><th>query</th><th>n</th><th>median ms</th><th>95% CI</th><th>mean ± sd</th>"
                + "<th>cv</th><th>cold ms</th><th>outliers</th><th>rows</th></tr></thead><tbody>");
        for (JsonNode engine : results.path("engines")) {
            for (JsonNode q : engine.path("queries")) {
                JsonNode s = q.path("stats");
                if (s.isMissingNode() || s.isNull()) {
                    continue;
                }
                t.append(String.format(Locale.ROOT, "<tr><td>%s</td><td>%s</td><td>%d</td><td class=\"num\">%.2f</td>"
                        + "<td class=\"num\">%.2f–%.2f</td><td class=\"num\">%.2f ± %.2f</td><td class=\"num\">%.1f%%</td>"
                        + "<td class=\"num\">%s</td><td>%s</td><td class=\"num\">%s</td></tr>",
                        Html.escape(engine.path("name").asText()), Html.escape(q.path("id").asText()), s.path("n").asInt(),
                        s.path("median_ms").asDouble(), s.path("ci_low_ms").asDouble(), s.path("ci_high_ms").asDouble(),
                        s.path("mean_ms").asDouble(), s.path("stddev_ms").asDouble(), s.path("cv").asDouble() * 100,
                        q.hasNonNull("cold_ms") ? String.format(Locale.ROOT, "%.2f", q.path("cold_ms").asDouble()) : "",
                        Html.escape(s.path("outliers").size() == 0 ? "" : s.path("outliers").toString()),
                        q.path("rows").asText()));
            }
        }
        return t.append("</tbody></table></div></section>").toString();
    }

    static String verification(JsonNode verification) {
        if (verification.isMissingNode() || verification.isNull()) {
            return "<section><h2>Answers</h2><p>Not compared (--no-verify).</p></section>";
        }
        StringBuilder t = new StringBuilder("<section><h2>Answers across engines</h2><table><thead><tr><th>query</th>"
                + "<th>verdict</th><th>engines</th><th>first difference</th></tr></thead><tbody>");
        for (JsonNode v : verification) {
            StringBuilder engines = new StringBuilder();
            v.path("engines").fields().forEachRemaining(e -> engines.append("<span class=\"badge ")
                    .append(Html.escape(e.getValue().asText())).append("\">").append(Html.escape(e.getKey())).append("</span> "));
            boolean disagree = "disagree".equals(v.path("status").asText());
            StringBuilder diffs = new StringBuilder();
            if (disagree) {
                diffs.append("<div>No strict majority and no <code>--reference</code>: no engine is called wrong. Groups: ")
                        .append(Html.escape(AnswerGroups.text(v.path("groups")))).append("</div>");
            }
            for (JsonNode m : v.path(disagree ? "differences" : "mismatches")) {
                diffs.append("<div><b>").append(Html.escape(m.path("engine").asText())).append(disagree ? "</b> and <b>" : "</b> against ")
                        .append(Html.escape(m.path("against").asText())).append(disagree ? "</b> differ" : "").append(": ")
                        .append(Html.escape(m.path("reason").asText()));
                if (m.hasNonNull("expected") || m.hasNonNull("actual")) {
                    diffs.append("<br><code>").append(Html.escape(m.path("expected").toString())).append("</code><br><code>")
                            .append(Html.escape(m.path("actual").toString())).append("</code>");
                }
                diffs.append("</div>");
            }
            t.append("<tr><td>").append(Html.escape(v.path("query").asText())).append("</td><td><span class=\"badge ")
                    .append(Html.escape(v.path("status").asText())).append("\">")
                    .append(disagree ? "engines disagree" : Html.escape(v.path("status").asText()))
                    .append("</span></td><td>").append(engines).append("</td><td>").append(diffs).append("</td></tr>");
        }
        return t.append("</tbody></table></section>").toString();
    }

    static String comparisons(JsonNode comparisons) {
        if (comparisons.isMissingNode() || comparisons.size() == 0) {
            return "";
        }
        StringBuilder t = new StringBuilder("<section><h2>Engine against engine</h2><p>Ratio of medians; the range is "
                + "from the two 95% intervals; overlapping intervals are a tie.</p><ul class=\"comparisons\">");
        for (JsonNode c : comparisons) {
            t.append("<li>").append(c.path("tie").asBoolean()
                    ? String.format(Locale.ROOT, "%s and %s tie on %s (%.2f×)", Html.escape(c.path("faster").asText()),
                            Html.escape(c.path("slower").asText()), Html.escape(c.path("query").asText()), c.path("ratio").asDouble())
                    : String.format(Locale.ROOT, "<b>%s</b> is %.2f× (%.2f–%.2f) faster than %s on %s",
                            Html.escape(c.path("faster").asText()), c.path("ratio").asDouble(), c.path("ratio_low").asDouble(),
                            c.path("ratio_high").asDouble(), Html.escape(c.path("slower").asText()),
                            Html.escape(c.path("query").asText()))).append("</li>");
        }
        return t.append("</ul></section>").toString();
    }

    static String failures(JsonNode results) {
        StringBuilder rows = new StringBuilder();
        for (JsonNode engine : results.path("engines")) {
            String name = Html.escape(engine.path("name").asText());
            if (engine.hasNonNull("error")) {
                rows.append(row(name, "(engine)", engine.path("error")));
            }
            for (JsonNode q : engine.path("queries")) {
                if (q.hasNonNull("error")) {
                    rows.append(row(name, Html.escape(q.path("id").asText()), q.path("error")));
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
    static String planning(JsonNode results) {
        StringBuilder inside = new StringBuilder();
        results.path("settings").path("engines").forEach(e -> {
            if (e.path("plans_inside_query").asBoolean()) {
                inside.append(inside.length() == 0 ? "" : ", ").append(Html.escape(e.path("label").asText()));
            }
        });
        StringBuilder t = new StringBuilder("<section><h2>Planning</h2><p>")
                .append(inside.length() == 0 ? "No engine plans inside its query times"
                        : inside + " include planning in their query times")
                .append("; the other engines read the files the coordinator planned (add a query's tables for "
                        + "like-for-like times).</p><table><thead><tr><th>table</th><th>plan ms</th><th>manifests</th>"
                        + "<th>data files</th><th>delete files</th></tr></thead><tbody>");
        for (JsonNode table : results.path("tables")) {
            JsonNode p = table.path("planning");
            t.append(String.format(java.util.Locale.ROOT, "<tr><td>%s</td><td>%.1f</td><td>%d</td><td>%d</td><td>%d</td></tr>",
                    Html.escape(table.path("name").asText()), p.path("plan_ms").asDouble(), p.path("manifests").asInt(),
                    table.path("data_files").asInt(), table.path("delete_files").asInt()));
        }
        return t.append("</tbody></table></section>").toString();
    }

    private static String row(String engine, String query, JsonNode error) {
        return "<tr><td>" + engine + "</td><td>" + query + "</td><td><span class=\"badge mismatch\">"
                + Html.escape(error.path("kind").asText()) + "</span></td><td>"
                + Html.escape(error.path("message").asText().lines().findFirst().orElse("")) + "</td></tr>";
    }
}
