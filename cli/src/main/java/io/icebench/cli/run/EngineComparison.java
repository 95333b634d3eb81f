package io.icebench.cli.run;

import io.icebench.core.model.Comparison;
import io.icebench.core.model.EngineRun;
import io.icebench.core.model.QueryRun;
import io.icebench.core.model.Stats;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How engines compare on each query and over the suite. On a query, the fastest engine's median is set
 * against each other engine's: "duckdb is 3.2× (2.9–3.6) faster than spark", where the range is the
 * ratio of the medians' confidence intervals, the slower engine's low end over the faster one's high end up
 * to its high end over their low end; when the two intervals overlap the engines are tied (an engine with fewer
 * than 6 runs has a narrower interval than a 95% one: the comparison says so). The suite
 * score is ClickBench's: the geometric mean over the queries every engine ran of (median + 10 ms) /
 * (best median + 10 ms), 1.0 being the fastest on every query.
 */
public final class EngineComparison {

    /** ClickBench's shift, so that queries of a few milliseconds do not dominate the geometric mean. */
    public static final double SCORE_SHIFT_MS = 10;

    private EngineComparison() {}

    public static List<Comparison> perQuery(List<EngineRun> engines, Set<String> queries) {
        List<Comparison> comparisons = new ArrayList<>();
        for (String query : queries) {
            Map<String, Stats> stats = stats(engines, query);
            String best = fastest(stats).orElse(null);
            if (best == null) {
                continue;
            }
            Stats fast = stats.get(best);
            stats.forEach((engine, slow) -> {
                if (!engine.equals(best)) {
                    comparisons.add(new Comparison(
                            query,
                            best,
                            engine,
                            slow.medianMs() / fast.medianMs(),
                            slow.ciLowMs() / fast.ciHighMs(),
                            slow.ciHighMs() / fast.ciLowMs(),
                            slow.ciLowMs() <= fast.ciHighMs(),
                            Math.min(slow.ciLevel(), fast.ciLevel())));
                }
            });
        }
        return comparisons;
    }

    /** The engine with the lowest median on a query (the first of equals), if any engine completed it. */
    static java.util.Optional<String> fastestOn(List<EngineRun> engines, String query) {
        return fastest(stats(engines, query));
    }

    private static java.util.Optional<String> fastest(Map<String, Stats> stats) {
        return stats.entrySet().stream()
                .min(Comparator.comparingDouble(e -> e.getValue().medianMs()))
                .map(Map.Entry::getKey);
    }

    public static Map<String, Double> suiteScore(List<EngineRun> engines, Set<String> queries) {
        Map<String, Double> logSums = new LinkedHashMap<>();
        for (String query : queries) {
            Map<String, Stats> stats = stats(engines, query);
            double best =
                    stats.values().stream().mapToDouble(Stats::medianMs).min().orElse(Double.NaN);
            stats.forEach((engine, s) -> logSums.merge(
                    engine, Math.log((s.medianMs() + SCORE_SHIFT_MS) / (best + SCORE_SHIFT_MS)), Double::sum));
        }
        Map<String, Double> scores = new LinkedHashMap<>();
        logSums.forEach((engine, sum) -> scores.put(engine, Math.exp(sum / queries.size())));
        return scores;
    }

    private static Map<String, Stats> stats(List<EngineRun> engines, String query) {
        Map<String, Stats> stats = new LinkedHashMap<>();
        for (EngineRun engine : engines) {
            engine.queries().stream()
                    .filter(q -> q.id().equals(query) && q.ok() && q.stats() != null)
                    .findFirst()
                    .map(QueryRun::stats)
                    .ifPresent(s -> stats.put(engine.name(), s));
        }
        return stats;
    }
}
