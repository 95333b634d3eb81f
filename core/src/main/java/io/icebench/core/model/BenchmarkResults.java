package io.icebench.core.model;

import io.icebench.core.verify.QueryVerification;
import java.util.List;
import java.util.Map;

/** The final results file ({@code benchmark_results.json}); {@code verification} is null when it was off. */
public record BenchmarkResults(
        String formatVersion,
        Environment environment,
        Map<String, Object> settings,
        String metastore,
        List<TableInfo> tables,
        List<EngineRun> engines,
        List<QueryVerification> verification,
        Map<String, Object> summary,
        boolean interrupted) {
}
