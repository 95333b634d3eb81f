package io.icebench.core.model;

import java.util.List;

/** Everything measured for one query on one engine. */
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
        ResultPreview resultPreview) {

    public boolean ok() {
        return "ok".equals(status);
    }
}
