package io.icebench.cli.run;

import io.icebench.core.config.Defaults;
import io.icebench.core.model.ColdRun;
import io.icebench.core.model.Failure;
import io.icebench.core.model.IterationResult;
import io.icebench.core.model.QueryRun;
import io.icebench.core.model.QueryStatus;
import io.icebench.core.protocol.Message;
import io.icebench.core.stats.Statistics;
import java.util.ArrayList;
import java.util.List;

/**
 * What has been measured of one query on one engine, made into its {@link QueryRun}: the statistics of the
 * measured runs and of the fresh-process cold runs, and the cold run's answer (rows, fingerprint, preview).
 */
final class QueryRunBuilder {

    private final String id;
    private final String sql;
    private final String variant;
    private final List<IterationResult> measured = new ArrayList<>();
    private List<ColdRun> freshProcessColdRuns;
    private IterationResult cold;
    private Message.Executed coldAnswer;

    QueryRunBuilder(String id, String sql, String variant) {
        this.id = id;
        this.sql = sql;
        this.variant = variant;
    }

    void freshProcessColdRuns(List<ColdRun> runs) {
        this.freshProcessColdRuns = runs;
    }

    void cold(IterationResult result, Message.Executed answer) {
        this.cold = result;
        this.coldAnswer = answer;
    }

    void measured(IterationResult result) {
        measured.add(result);
    }

    List<Double> measuredMs() {
        return measured.stream().map(IterationResult::ms).toList();
    }

    /** Every run succeeded; {@code stoppedBy} is what ended {@code --iterations auto} (null for a fixed count). */
    QueryRun succeeded(StopReason stoppedBy) {
        return build(null, stoppedBy);
    }

    /** The query failed; what was measured before the failure is kept. */
    QueryRun failed(Failure failure) {
        return build(failure, null);
    }

    private QueryRun build(Failure failure, StopReason stoppedBy) {
        double[] ms = measured.stream().mapToDouble(IterationResult::ms).toArray();
        return new QueryRun(
                id,
                sql,
                failure == null ? QueryStatus.OK : QueryStatus.FAILED,
                failure,
                cold == null ? null : cold.ms(),
                cold == null ? null : cold.peakRssBytes(),
                freshProcessColdRuns,
                freshProcessColdRuns == null
                        ? null
                        : Statistics.summarise(freshProcessColdRuns.stream()
                                .mapToDouble(ColdRun::ms)
                                .toArray()),
                List.copyOf(measured),
                Statistics.summarise(ms),
                coldAnswer == null ? null : coldAnswer.rows(),
                coldAnswer == null ? null : coldAnswer.fingerprint(),
                coldAnswer == null || coldAnswer.preview() == null
                        ? null
                        : coldAnswer.preview().head(Defaults.PREVIEW_ROWS),
                variant,
                stoppedBy == null ? null : stoppedBy.label(),
                coldAnswer == null ? null : coldAnswer.preview());
    }
}
