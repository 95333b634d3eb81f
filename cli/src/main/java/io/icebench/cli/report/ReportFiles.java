package io.icebench.cli.report;

import com.fasterxml.jackson.databind.JsonNode;
import io.icebench.cli.run.RunListener;
import io.icebench.core.model.BenchmarkResults;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;

/** Writes {@code report.html} and {@code report.md} beside the results file when a run finishes. */
public final class ReportFiles implements RunListener {

    private final Path results;
    private final PrintStream out;

    public ReportFiles(Path results, PrintStream out) {
        this.results = results;
        this.out = out;
    }

    /** Refuses, before anything runs, report files beside {@code results} that must not be replaced. */
    public static void check(Path results) {
        for (Path file : Reports.besides(results)) {
            OutputTargets.require(file, "--output: the report");
        }
    }

    @Override
    public void runFinished(BenchmarkResults finished) {
        JsonNode tree = Reports.tree(finished);
        Path[] files = Reports.besides(results);
        try {
            Reports.write(files[0], Reports.render(tree, "html"));
            Reports.write(files[1], Reports.render(tree, "md"));
            out.println("📊 Report: " + files[0] + " (and " + files[1].getFileName() + ")");
        } catch (IOException e) {
            out.println("⚠️  " + e.getMessage() + "; ./icebench report " + results + " makes it later");
        }
    }
}
