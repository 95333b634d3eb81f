package io.icebench.core.workload;

import io.icebench.core.model.Environment;
import java.util.List;

/** The final {@code workload_results.json}: every phase, every read round and each engine's trend. */
public record WorkloadResults(
        String formatVersion,
        String workload,
        String namespace,
        Environment environment,
        List<PhaseOutcome> phases,
        List<ReadRound> rounds,
        List<EngineTrend> trends,
        boolean verified,
        boolean interrupted) {

    public static final String FORMAT_VERSION = "1";
}
