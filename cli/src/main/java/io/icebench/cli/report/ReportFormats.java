package io.icebench.cli.report;

import io.icebench.cli.report.html.HtmlReport;
import io.icebench.core.config.ConfigException;
import java.util.List;

/** Every report format, the one place a new format is registered. */
public final class ReportFormats {

    public static final List<ReportFormat> ALL =
            List.of(new HtmlReport(), new MarkdownReport(), new CsvReport(), new JsonReport(), new ConsoleSummary());

    private ReportFormats() {}

    /** The format called {@code name} ({@code markdown} is {@code md}); a usage error names the known ones. */
    public static ReportFormat named(String name) {
        String wanted = "markdown".equals(name) ? "md" : name;
        return ALL.stream()
                .filter(f -> f.name().equals(wanted))
                .findFirst()
                .orElseThrow(() -> new ConfigException("--format '" + name + "' must be one of "
                        + String.join(", ", ALL.stream().map(ReportFormat::name).toList())));
    }
}
