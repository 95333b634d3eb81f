package io.icebench.cli.workload;

import java.util.List;

/**
 * Workloads that need no file. {@code longevity}: a baseline read, then {@code rounds} times one TPC-H refresh
 * pair and a read, then a compaction of the changed tables and a read: how each engine's time degrades as the
 * table collects delete files, and what compaction gives back (LST-Bench's WP1 in spirit).
 */
public final class BuiltInWorkloads {

    public static final String LONGEVITY = "longevity";

    private BuiltInWorkloads() {}

    public static boolean isBuiltIn(String name) {
        return LONGEVITY.equals(name);
    }

    public static WorkloadSpec longevity(int rounds, String deleteMode, String suite) {
        return new WorkloadSpec(
                LONGEVITY,
                null,
                List.of(
                        new PhaseSpec.Read("baseline", suite, null, null),
                        new PhaseSpec.Repeat(
                                "round",
                                rounds,
                                List.of(
                                        new PhaseSpec.Refresh("refresh", 1, deleteMode),
                                        new PhaseSpec.Read("read", suite, null, null))),
                        new PhaseSpec.Compact("compact", null),
                        new PhaseSpec.Read("after-compaction", suite, null, null)));
    }
}
