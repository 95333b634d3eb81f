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
}
