package io.icebench.cli.run;

import io.icebench.core.model.EngineRun;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The verdict of a run: the fastest engine (lowest total of medians over the queries every compared engine
 * ran successfully) and the most memory-efficient one (lowest peak resident set over the run); per query, how
 * much faster the fastest engine is than each other one, and each engine's suite score.
 */
public final class RunSummary {

    private RunSummary() {
    }

    public static Map<String, Object> of(List<EngineRun> engines) {
        Map<String, Object> summary = new LinkedHashMap<>();
        List<EngineRun> measured = engines.stream()
                .filter(e -> e.queries().stream().anyMatch(q -> q.ok() && q.stats() != null)).toList();
        Set<String> common = commonQueries(measured);
        summary.put("compared_queries", List.copyOf(common));
        Map<String, Double> totals = new LinkedHashMap<>();
        for (EngineRun engine : measured) {
            totals.put(engine.name(), engine.queries().stream().filter(q -> common.contains(q.id()))
                    .mapToDouble(q -> q.stats().medianMs()).sum());
        }
        summary.put("total_median_ms", totals);
        totals.entrySet().stream().min(Map.Entry.comparingByValue())
                .ifPresent(best -> summary.put("fastest", best.getKey()));
        Map<String, Long> peaks = new LinkedHashMap<>();
        for (EngineRun engine : measured) {
            Long peak = engine.peakRssBytes();
            if (peak != null) {
                peaks.put(engine.name(), peak);
            }
        }
        summary.put("peak_rss_bytes", peaks);
        peaks.entrySet().stream().min(Map.Entry.comparingByValue())
                .ifPresent(best -> summary.put("most_memory_efficient", best.getKey()));
        Map<String, String> perQuery = new LinkedHashMap<>();
        for (String query : common) {
            EngineComparison.fastestOn(measured, query).ifPresent(name -> perQuery.put(query, name));
        }
        summary.put("fastest_per_query", perQuery);
        summary.put("comparisons", EngineComparison.perQuery(measured, common));
        summary.put("score", EngineComparison.suiteScore(measured, common));
        long failures = engines.stream().filter(e -> !"ok".equals(e.status())).count();
        summary.put("engines_with_failures", failures);
        return summary;
    }

    private static Set<String> commonQueries(List<EngineRun> engines) {
        Set<String> common = null;
        for (EngineRun engine : engines) {
            Set<String> ok = new LinkedHashSet<>();
            engine.queries().stream().filter(q -> q.ok() && q.stats() != null).forEach(q -> ok.add(q.id()));
            if (common == null) {
                common = ok;
            } else {
                common.retainAll(ok);
            }
        }
        return common == null ? new LinkedHashSet<>() : common;
    }
}
