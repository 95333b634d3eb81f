package io.icebench.core.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;

/**
 * Everything measured for one query on one engine; {@code variant} names the engine whose dialect variant
 * of the SQL ran (null: the canonical SQL). {@code stoppedBy} says what ended {@code --iterations auto}:
 * {@code precision}, {@code iterations} (the maximum) or {@code time} (null for a fixed count).
 * {@code freshProcessColdRuns} (and their stats) are there with {@code --cold fresh-process}. {@code answer} is the cold run's result (up to
 * {@link io.icebench.core.config.Defaults#ANSWER_ROWS} rows), kept in memory for answer verification only.
 */
public record QueryRun(
        String id,
        String sql,
        QueryStatus status,
        Failure error,
        Double coldMs,
        Long coldPeakRssBytes,
        List<ColdRun> freshProcessColdRuns,
        Stats freshProcessColdStats,
        List<IterationResult> iterations,
        Stats stats,
        Long rows,
        String fingerprint,
        ResultPreview resultPreview,
        String variant,
        String stoppedBy,
        @JsonIgnore ResultPreview answer) {

    public boolean ok() {
        return status == QueryStatus.OK;
    }
}
