package io.icebench.cli.run;

import io.icebench.core.model.EngineRun;
import io.icebench.core.model.EngineStatus;
import io.icebench.core.model.QueryRun;
import io.icebench.core.model.RunVerdict;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The verdict of a run: the fastest engine (lowest total of medians over the queries every compared engine
 * ran successfully) and the most memory-efficient one (lowest peak resident set over the run); per query, how
 * much faster the fastest engine is than each other one, and each engine's suite score.
 */
public final class RunSummary {

    private RunSummary() {}

    public static RunVerdict of(List<EngineRun> engines) {
        List<EngineRun> measured = engines.stream()
                .filter(e -> e.queries().stream().anyMatch(RunSummary::measured))
                .toList();
        Set<String> common = commonQueries(measured, RunSummary::measured);
        Map<String, Double> totals = new LinkedHashMap<>();
        for (EngineRun engine : measured) {
            totals.put(
                    engine.name(),
                    engine.queries().stream()
                            .filter(q -> common.contains(q.id()))
                            .mapToDouble(q -> q.stats().medianMs())
                            .sum());
        }
        Map<String, Long> peaks = new LinkedHashMap<>();
        for (EngineRun engine : measured) {
            Long peak = engine.peakRssBytes();
            if (peak != null) {
                peaks.put(engine.name(), peak);
            }
        }
        Map<String, String> perQuery = new LinkedHashMap<>();
        for (String query : common) {
            EngineComparison.fastestOn(measured, query).ifPresent(name -> perQuery.put(query, name));
        }
        long failures =
                engines.stream().filter(e -> e.status() != EngineStatus.OK).count();
        return new RunVerdict(
                List.copyOf(common),
                totals,
                lowest(totals),
                peaks,
                lowest(peaks),
                perQuery,
                EngineComparison.perQuery(measured, common),
                EngineComparison.suiteScore(measured, common),
                failures);
    }

    private static <T extends Comparable<T>> String lowest(Map<String, T> values) {
        return values.entrySet().stream()
                .min(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey)
                .orElse(null);
    }

    /** The query succeeded and has measured runs (statistics). */
    public static boolean measured(QueryRun query) {
        return query.ok() && query.stats() != null;
    }

    /** Whether some engine has a query with measured runs (none in a run with {@code --iterations 0}). */
    public static boolean anyMeasured(List<EngineRun> engines) {
        return engines.stream().flatMap(e -> e.queries().stream()).anyMatch(RunSummary::measured);
    }

    /** The ids of the queries for which {@code counted} holds on every one of {@code engines}, in order. */
    public static Set<String> commonQueries(List<EngineRun> engines, Predicate<QueryRun> counted) {
        Set<String> common = null;
        for (EngineRun engine : engines) {
            Set<String> ok = new LinkedHashSet<>();
            engine.queries().stream().filter(counted).forEach(q -> ok.add(q.id()));
            if (common == null) {
                common = ok;
            } else {
                common.retainAll(ok);
            }
        }
        return common == null ? new LinkedHashSet<>() : common;
    }
}
