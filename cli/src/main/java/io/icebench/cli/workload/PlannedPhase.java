package io.icebench.cli.workload;

/** A phase of the expanded workload (repeats unrolled): its 1-based position and its id, unique in the run. */
public record PlannedPhase(int index, String id, PhaseSpec phase) {}
