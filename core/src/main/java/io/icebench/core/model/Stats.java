package io.icebench.core.model;

/** Summary statistics of the measured iterations of one engine × query, in milliseconds. */
public record Stats(int n, double minMs, double medianMs, double meanMs, double stddevMs, double p95Ms) {
}
