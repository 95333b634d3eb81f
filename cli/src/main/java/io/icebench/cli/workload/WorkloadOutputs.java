package io.icebench.cli.workload;

import io.icebench.cli.report.OutputTargets;
import io.icebench.cli.report.ResultsFile;
import io.icebench.cli.report.html.WorkloadPage;
import io.icebench.core.workload.WorkloadResults;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where a workload's outputs go, all named after the results file {@code STEM.json}: the JSON Lines journal
 * {@code STEM.jsonl}, each read phase's own results under {@code STEM-phases/}, and the reports
 * {@code STEM.md}, {@code STEM.html} and {@code STEM.csv}.
 */
public record WorkloadOutputs(Path results) {

    public WorkloadOutputs {
        results = results.toAbsolutePath();
    }

    private String stem() {
        String name = results.getFileName().toString();
        return name.endsWith(".json") ? name.substring(0, name.length() - 5) : name;
    }

    private Path sibling(String suffix) {
        return results.resolveSibling(stem() + suffix);
    }

    public Path journal() {
        return sibling(".jsonl");
    }

    public Path phaseResults() throws IOException {
        return Files.createDirectories(sibling("-phases"));
    }

    public Path markdown() {
        return sibling(".md");
    }

    public Path html() {
        return sibling(".html");
    }

    public Path csv() {
        return sibling(".csv");
    }

    /** Writes the results file (atomically) and the three reports. */
    public void save(WorkloadResults finished) throws IOException {
        new ResultsFile(results).write(finished);
        write(markdown(), WorkloadMarkdown.of(finished));
        write(html(), WorkloadPage.of(finished));
        write(csv(), WorkloadCsv.of(finished));
    }

    private static void write(Path file, String text) throws IOException {
        OutputTargets.replace(file, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    }
}
