package io.icebench.core.workload;

import java.util.List;

/**
 * One engine's suite time across the rounds: {@code suiteMs} per round over {@code queries} (the queries the
 * engine completed in every round, so that rounds compare like with like); {@code degradationRate} as LST-Bench
 * defines it, over the rounds before the first compaction (null with fewer than two); {@code compactionGain}
 * the relative time saved by the first compaction (null without one).
 */
public record EngineTrend(
        String engine, List<String> queries, List<Double> suiteMs, Double degradationRate, Double compactionGain) {

    public EngineTrend {
        queries = List.copyOf(queries);
        suiteMs = List.copyOf(suiteMs);
    }
}
