package io.icebench.core.model;

import java.util.List;

/**
 * Everything measured for one engine.
 *
 * @param startupMs         process start until the worker said hello
 * @param setupMs           engine session start plus table registration, inside the worker
 * @param rssAfterSetupBytes worker's resident set right after setup
 * @param workerStarts      how many worker processes were needed (more than 1 after a crash or timeout)
 */
public record EngineRun(
        String name,
        String engine,
        String version,
        EngineStatus status,
        Failure error,
        Double startupMs,
        Double setupMs,
        Long rssAfterSetupBytes,
        int workerStarts,
        String log,
        List<QueryRun> queries) {

    /** The same engine with these queries. */
    public EngineRun withQueries(List<QueryRun> runs) {
        return new EngineRun(
                name, engine, version, status, error, startupMs, setupMs, rssAfterSetupBytes, workerStarts, log, runs);
    }

    /** The same engine, ended by this failure of its own. */
    public EngineRun failedWith(Failure failure) {
        return new EngineRun(
                name,
                engine,
                version,
                EngineStatus.ERROR,
                failure,
                startupMs,
                setupMs,
                rssAfterSetupBytes,
                workerStarts,
                log,
                queries);
    }

    public Long peakRssBytes() {
        Long peak = null;
        for (QueryRun query : queries) {
            for (IterationResult it : query.iterations()) {
                if (it.peakRssBytes() != null && (peak == null || it.peakRssBytes() > peak)) {
                    peak = it.peakRssBytes();
                }
            }
        }
        return peak;
    }

    /** The highest resident set of the queries' cold runs; null when none was measured. */
    public Long coldPeakRssBytes() {
        return queries.stream()
                .map(QueryRun::coldPeakRssBytes)
                .filter(java.util.Objects::nonNull)
                .max(Long::compare)
                .orElse(null);
    }
}
