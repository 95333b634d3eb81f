package io.icebench.core.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * The options a run was made with, as the results file records them. {@code iterations} is a count, or
 * {@code "auto"} with {@code maxIterations} and {@code maxTimeMs} (left out of the file otherwise);
 * {@code answerTolerance} null: answers not compared. {@code suiteName} and {@code suiteHash} (a hash of the
 * suite's descriptor, queries and variants) are there when the queries came from a suite.
 */
public record RunSettings(
        String suite,
        String query,
        String table,
        String namespace,
        String catalog,
        List<EngineSetting> engines,
        Object iterations,
        @JsonInclude(JsonInclude.Include.NON_NULL) Integer maxIterations,
        @JsonInclude(JsonInclude.Include.NON_NULL) Long maxTimeMs,
        int warmup,
        String cold,
        int freshProcessColdRuns,
        boolean dropCachesRequested,
        boolean cachesDropped,
        long engineTimeoutMs,
        Long queryTimeoutMs,
        int parallel,
        boolean contended,
        Double answerTolerance,
        String answerReference,
        boolean allowWrites,
        String output,
        @JsonInclude(JsonInclude.Include.NON_NULL) String suiteName,
        @JsonInclude(JsonInclude.Include.NON_NULL) String suiteHash) {

    /**
     * One engine as asked for: its label, the engine, its options (secrets masked), and whether it reads the
     * catalog itself, so that planning is part of its query times.
     */
    public record EngineSetting(String label, String engine, Map<String, String> options, boolean plansInsideQuery) {}

    /** The labels of the engines that plan inside their query times. */
    public List<String> planningInside() {
        return engines == null
                ? List.of()
                : engines.stream()
                        .filter(EngineSetting::plansInsideQuery)
                        .map(EngineSetting::label)
                        .toList();
    }
}
