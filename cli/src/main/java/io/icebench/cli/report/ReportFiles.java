package io.icebench.cli.report;

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
        try {
            Path[] files = Reports.writeBeside(results, finished);
            out.println("📊 Report: " + files[0] + " (and " + files[1].getFileName() + ")");
        } catch (IOException e) {
            out.println("⚠️  " + e.getMessage() + "; ./icebench report " + results + " makes it later");
        }
    }
}
