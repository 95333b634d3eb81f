package io.icebench.cli.command;

import io.icebench.cli.workload.WorkloadOutputs;
import io.icebench.cli.workload.WorkloadRunner;
import io.icebench.core.model.Environment;
import io.icebench.core.workload.WorkloadResults;
import java.io.IOException;
import java.io.PrintStream;

/**
 * Runs a workload so that Ctrl-C keeps the rounds done: the shutdown hook stops the running phase's workers,
 * no further phase starts, and the hook holds the JVM (up to 20 s) until the results and reports are written.
 */
final class InterruptibleWorkload {

    private InterruptibleWorkload() {}

    static WorkloadResults run(
            WorkloadRunner runner, Environment environment, WorkloadOutputs outputs, PrintStream out) {
        try (SaveOnInterrupt guard = new SaveOnInterrupt("icebench-workload-interrupt", runner::abort)) {
            WorkloadResults results = runner.run(environment);
            try {
                outputs.save(results);
                out.println((runner.aborted() ? "⏹  interrupted; the rounds done are in " : "💾 Results: ")
                        + outputs.results() + " (as it happened: " + outputs.journal() + "; reports: "
                        + outputs.html().getFileName() + ", "
                        + outputs.markdown().getFileName() + ", "
                        + outputs.csv().getFileName() + ")");
            } catch (IOException e) {
                out.println("❌ " + e.getMessage() + "; everything measured is in " + outputs.journal());
            }
            return results;
        }
    }
}
