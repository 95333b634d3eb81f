package io.icebench.core.model;

import java.util.List;
import java.util.Map;

/** The final results file ({@code benchmark_results.json}). */
public record BenchmarkResults(
        String formatVersion,
        Environment environment,
        Map<String, Object> settings,
        String metastore,
        List<TableInfo> tables,
        List<EngineRun> engines,
        Map<String, Object> summary,
        boolean interrupted) {
}
