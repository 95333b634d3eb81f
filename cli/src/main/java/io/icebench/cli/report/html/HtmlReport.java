package io.icebench.cli.report.html;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.icebench.cli.report.ReportFormat;
import io.icebench.cli.scale.ScaleResults;
import io.icebench.core.model.BenchmarkResults;
import io.icebench.core.model.Environment;
import io.icebench.core.protocol.Json;
import java.util.Iterator;
import java.util.Map;

/**
 * One self-contained HTML page (inline CSS and SVG, no script, no network) from a results file: verdict,
 * per-query medians with confidence whiskers (linear or log), memory, cold against warm, answer
 * verification, failures, environment and settings; for a scale run, speedup and efficiency against
 * clients with the ideal line.
 */
public final class HtmlReport implements ReportFormat {

    @Override
    public String name() {
        return "html";
    }

    @Override
    public String extension() {
        return "html";
    }

    @Override
    public String render(BenchmarkResults results) {
        StringBuilder body = new StringBuilder();
        RunSections.append(body, results);
        environment(body, results.environment(), results.settings(), results.tables());
        return Page.wrap("icebench report", body.toString());
    }

    @Override
    public String render(ScaleResults results) {
        StringBuilder body = new StringBuilder();
        ScaleSections.append(body, results);
        environment(body, results.environment(), results.settings(), results.tables());
        return Page.wrap("icebench report", body.toString());
    }

    /** The environment field by field, then the settings and tables as the results file holds them. */
    private static void environment(StringBuilder body, Environment environment, Object settings, Object tables) {
        body.append("<section><h2>Environment and settings</h2><dl class=\"env\">");
        JsonNode fields = Json.MAPPER.valueToTree(environment);
        for (Iterator<Map.Entry<String, JsonNode>> it = fields.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            body.append("<dt>")
                    .append(Html.escape(e.getKey()))
                    .append("</dt><dd>")
                    .append(Html.escape(
                            e.getValue().isValueNode()
                                    ? e.getValue().asText()
                                    : e.getValue().toString()))
                    .append("</dd>");
        }
        body.append("</dl><details><summary>settings and tables</summary><pre>");
        ObjectNode shown = Json.MAPPER.createObjectNode();
        shown.set("settings", Json.MAPPER.valueToTree(settings));
        shown.set("tables", Json.MAPPER.valueToTree(tables));
        try {
            body.append(Html.escape(Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(shown)));
        } catch (JsonProcessingException e) {
            body.append(Html.escape(e.getMessage()));
        }
        body.append("</pre></details></section>");
    }
}
