package io.icebench.core.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * The {@code summary} of a results file: the fastest engine (lowest total of medians over
 * {@code comparedQueries}, the queries every measured engine completed), the most memory-efficient one
 * (lowest peak resident set), per query the fastest engine and how each other compares, and each engine's
 * suite score. {@code fastest} and {@code mostMemoryEfficient} are left out of the file when no engine
 * qualifies.
 */
public record RunVerdict(
        List<String> comparedQueries,
        Map<String, Double> totalMedianMs,
        @JsonInclude(JsonInclude.Include.NON_NULL) String fastest,
        Map<String, Long> peakRssBytes,
        @JsonInclude(JsonInclude.Include.NON_NULL) String mostMemoryEfficient,
        Map<String, String> fastestPerQuery,
        List<Comparison> comparisons,
        Map<String, Double> score,
        long enginesWithFailures) {}
