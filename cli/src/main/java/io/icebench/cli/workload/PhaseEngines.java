package io.icebench.cli.workload;

import io.icebench.cli.run.RunListener;
import io.icebench.core.model.BenchmarkResults;
import java.nio.file.Path;
import java.util.Map;

/** The coordinator as a workload sees it: runs a phase's SQL on the engines, never loading an engine itself. */
public interface PhaseEngines {

    /**
     * Runs a read phase's suite on its engines with every table pinned to {@code snapshots}
     * ({@code namespace.table} → snapshot id), saves the phase's results to {@code resultsFile} and returns them.
     */
    BenchmarkResults read(PhaseSpec.Read phase, Map<String, Long> snapshots, Path resultsFile, RunListener listener);

    /** Runs an sql phase's statement exactly once on its engine, writes allowed. */
    BenchmarkResults sql(PhaseSpec.Sql phase, RunListener listener);

    /** Ctrl-C: stops the running phase's workers; the phase then returns what it measured. */
    void abort();

    boolean aborted();
}
