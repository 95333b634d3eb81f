package io.icebench.core.model;

import java.util.List;

/**
 * Everything measured for one query on one engine; {@code variant} names the engine whose dialect variant
 * of the SQL ran (null: the canonical SQL).
 */
public record QueryRun(
        String id,
        String sql,
        String status,
        Failure error,
        Double coldMs,
        Long coldPeakRssBytes,
        List<IterationResult> iterations,
        Stats stats,
        Long rows,
        String fingerprint,
        ResultPreview resultPreview,
        String variant) {

    public boolean ok() {
        return "ok".equals(status);
    }
}
