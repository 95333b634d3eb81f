package io.icebench.cli.report;

import com.fasterxml.jackson.databind.JsonNode;
import io.icebench.cli.report.html.HtmlReport;
import io.icebench.core.config.ConfigException;
import io.icebench.core.protocol.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Renders a results record as HTML, Markdown or CSV, and writes report files atomically. */
public final class Reports {

    private Reports() {
    }

    public static String render(JsonNode results, String format) throws IOException {
        return switch (format) {
            case "html" -> HtmlReport.render(results);
            case "md", "markdown" -> MarkdownReport.render(results);
            case "csv" -> CsvReport.render(results);
            default -> throw new ConfigException("--format '" + format + "' must be html, md or csv");
        };
    }

    public static JsonNode tree(Object results) {
        return Json.MAPPER.valueToTree(results);
    }

    public static void write(Path file, String text) throws IOException {
        OutputTargets.replace(file, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** {@code report.html} and {@code report.md} beside a results file. */
    public static Path[] besides(Path results) {
        Path dir = results.toAbsolutePath().getParent();
        return new Path[] {dir.resolve("report.html"), dir.resolve("report.md")};
    }
}
