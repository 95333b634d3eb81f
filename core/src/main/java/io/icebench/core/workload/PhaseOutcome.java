package io.icebench.core.workload;

/**
 * One phase as it ran: its position in the expanded workload, {@code kind} ({@code read}, {@code refresh},
 * {@code compact}, {@code expire-snapshots}, {@code sql}), the round it belongs to, how long it took,
 * {@code status} ({@code ok}, {@code failed}, {@code interrupted}) and what it did in a line.
 */
public record PhaseOutcome(int index, String id, String kind, int round, double ms, String status, String detail) {}
