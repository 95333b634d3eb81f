package io.icebench.core.model;

import io.icebench.core.verify.QueryVerification;
import java.util.List;

/**
 * The final results file ({@code benchmark_results.json}, described by {@code docs/results.schema.json});
 * {@code verification} is null when it was off.
 */
public record BenchmarkResults(
        String formatVersion,
        Environment environment,
        RunSettings settings,
        String metastore,
        List<TableInfo> tables,
        List<EngineRun> engines,
        List<QueryVerification> verification,
        RunVerdict summary,
        boolean interrupted) {

    /** The same results with another verdict. */
    public BenchmarkResults withSummary(RunVerdict other) {
        return new BenchmarkResults(
                formatVersion, environment, settings, metastore, tables, engines, verification, other, interrupted);
    }
}
