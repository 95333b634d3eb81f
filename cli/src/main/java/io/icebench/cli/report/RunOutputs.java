package io.icebench.cli.report;

import io.icebench.core.model.BenchmarkResults;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;

/**
 * The files one run writes: its results file and the JSON Lines file beside it, claimed for this run before
 * anything runs (targets checked, the JSON Lines file locked), saved at the end without losing what was
 * measured when the disk is full.
 */
public record RunOutputs(ResultsFile results, JsonLinesWriter jsonLines) implements AutoCloseable {

    /** Checks every target (and the report files when asked for) and takes the JSON Lines file for this run. */
    public static RunOutputs claim(Path output, boolean reports) {
        ResultsFile results = new ResultsFile(output);
        results.checkWritable();
        if (reports) {
            ReportFiles.check(results.path());
        }
        return new RunOutputs(results, JsonLinesWriter.claim(results.jsonLines()));
    }

    /**
     * Writes the results file; on failure says in one line on stderr which file could not be written and how
     * to rebuild it from the JSON Lines file. Returns whether the results file was written.
     */
    public boolean save(BenchmarkResults finished) {
        PrintStream err = System.err;
        String jsonLinesFailure = jsonLines.failure();
        if (jsonLinesFailure != null) {
            err.println("⚠️  " + jsonLinesFailure);
        }
        try {
            results.write(finished);
            return true;
        } catch (IOException e) {
            err.println("icebench: " + e.getMessage() + "; what was measured is in " + jsonLines.path()
                    + (jsonLinesFailure == null ? "" : " up to its last complete line")
                    + ": ./icebench report --from-jsonl " + jsonLines.path() + " rebuilds the results and reports");
            err.flush();
            return false;
        }
    }

    @Override
    public void close() {
        jsonLines.close();
    }
}
