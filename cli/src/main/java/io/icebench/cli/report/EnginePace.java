package io.icebench.cli.report;

import java.util.LinkedHashMap;
import java.util.Map;

/** What one engine has shown of its pace so far ({@link RunEta}). */
final class EnginePace {
    Long started;
    Long lastEvent;
    boolean ready;
    boolean finished;
    double setupSeconds;
    double coldSeconds;
    int coldCount;
    double warmSeconds;
    int warmCount;
    double firstQueryWarmSeconds;
    int firstQueryWarmCount;
    int queriesDone;
    int coldInQuery;
    int warmInQuery;
    int warmInFinishedQueries;
    double firstSeconds;
    /** Seconds of each finished query (all its executions, from the end of the one before), in order. */
    final Map<String, Double> querySeconds = new LinkedHashMap<>();

    String currentQuery;
    double currentQuerySeconds;

    /**
     * Seconds per warm run: those of its first query (a JVM engine still compiling) only while no later one is
     * known; NaN before any.
     */
    double warmPace() {
        int later = warmCount - firstQueryWarmCount;
        return warmCount == 0
                ? Double.NaN
                : later > 0 ? (warmSeconds - firstQueryWarmSeconds) / later : warmSeconds / warmCount;
    }

    /** Seconds per cold run: the first one (which warms the engine) only while it is the only one. */
    double coldPace() {
        return coldCount == 0 ? Double.NaN : coldCount == 1 ? firstSeconds : coldSeconds / (coldCount - 1);
    }

    /** Seconds its finished queries took, and took in {@code before}, over the queries timed in both. */
    record Against(double now, double then, int queries) {}

    Against against(RunEta.Pace before) {
        double now = 0;
        double then = 0;
        int queries = 0;
        for (Map.Entry<String, Double> done : querySeconds.entrySet()) {
            Double took = before.querySeconds().get(done.getKey());
            if (took != null && took > 0) {
                now += done.getValue();
                then += took;
                queries++;
            }
        }
        return new Against(now, then, queries);
    }
}
