package io.icebench.cli.run;

import io.icebench.core.model.EngineRun;
import io.icebench.core.model.EngineStatus;
import io.icebench.core.model.QueryRun;
import io.icebench.core.model.RunVerdict;
import io.icebench.core.verify.QueryVerification;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;

/**
 * The verdict of a run: the fastest engine (lowest total of medians over the queries every compared engine
 * answered) and the most memory-efficient one (lowest peak resident set over the run); per query, how much faster
 * the fastest engine is than each other one, and each engine's suite score. An answer the check found different
 * ({@code mismatch}, or engines that {@code disagree}) counts as a failed query here: its time was not earned.
 */
public final class RunSummary {

    private RunSummary() {}

    /** {@code verification}: the answer check's verdicts, null when answers were not checked. */
    public static RunVerdict of(List<EngineRun> engines, List<QueryVerification> verification) {
        Set<String> differing = differingAnswers(verification);
        BiPredicate<EngineRun, QueryRun> earned =
                (engine, query) -> measured(query) && !differing.contains(key(engine.name(), query.id()));
        List<EngineRun> answering = engines.stream()
                .filter(e -> e.queries().stream().anyMatch(q -> earned.test(e, q)))
                .toList();
        Set<String> common = commonQueries(answering, earned);
        List<EngineRun> measured = common.isEmpty() ? List.of() : answering; // nothing in common: nothing ranked
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
    public static Set<String> commonQueries(List<EngineRun> engines, BiPredicate<EngineRun, QueryRun> counted) {
        Set<String> common = null;
        for (EngineRun engine : engines) {
            Set<String> ok = new LinkedHashSet<>();
            engine.queries().stream().filter(q -> counted.test(engine, q)).forEach(q -> ok.add(q.id()));
            if (common == null) {
                common = ok;
            } else {
                common.retainAll(ok);
            }
        }
        return common == null ? new LinkedHashSet<>() : common;
    }

    /** Engine and query of every answer the check found different: {@code key(engine, query)}. */
    public static Set<String> differingAnswers(List<QueryVerification> verification) {
        Set<String> differing = new HashSet<>();
        if (verification != null) {
            for (QueryVerification query : verification) {
                query.engines().forEach((engine, status) -> {
                    if (QueryVerification.MISMATCH.equals(status) || QueryVerification.DISAGREE.equals(status)) {
                        differing.add(key(engine, query.query()));
                    }
                });
            }
        }
        return differing;
    }

    public static String key(String engine, String query) {
        return engine + "\u0000" + query;
    }
}
