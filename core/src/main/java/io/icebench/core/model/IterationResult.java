package io.icebench.core.model;

/**
 * One execution of one query by one engine.
 *
 * @param phase         {@code cold}, {@code warmup} or {@code measured}
 * @param ms            wall clock inside the worker, submit to last row consumed
 * @param roundtripMs   the coordinator's request-to-reply time for the same execution
 * @param peakRssBytes  worker's peak resident set during the execution, null where not measured
 * @param fingerprintMs time the worker spent fingerprinting the rows, outside {@code ms}
 * @param engineStats   the engine's own figures for the query (Trino: peak_memory_bytes, cpu_ms), null if none
 * @param contended     true when other engines ran at the same time (--parallel)
 */
public record IterationResult(
        String engine,
        String query,
        String phase,
        int iteration,
        double ms,
        double roundtripMs,
        Long peakRssBytes,
        long rows,
        String fingerprint,
        double fingerprintMs,
        boolean contended,
        java.util.Map<String, Number> engineStats) {}
