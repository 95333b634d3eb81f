package io.icebench.cli.compare;

import io.icebench.core.model.BenchmarkResults;
import io.icebench.core.model.EngineRun;
import io.icebench.core.model.IterationResult;
import io.icebench.core.model.QueryRun;
import io.icebench.core.stats.MedianRatio;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Two results files set side by side, engine × query: the ratio of medians (new / old) with its bootstrap
 * interval and the Mann–Whitney p-value. A change is {@code slower} (or {@code faster}) only when it is
 * significant (p below alpha) and its whole interval lies beyond the threshold; anything else is
 * {@code no change}: two runs of the same thing drift by a few percent (6.7% seen here, interval
 * 1.005–1.136), which a test within each run cannot see, and that must not fail a CI gate.
 */
public final class ResultsComparison {

    /** What a change between two runs amounts to. */
    public enum Verdict {
        SLOWER,
        FASTER,
        NO_CHANGE
    }

    public record Change(
            String engine,
            String query,
            double oldMedianMs,
            double newMedianMs,
            int oldN,
            int newN,
            MedianRatio ratio,
            Verdict verdict) {}

    private ResultsComparison() {}

    /** What makes two runs incomparable: tables read at other snapshots, other SQL for the same query. */
    public static List<String> incompatibilities(BenchmarkResults before, BenchmarkResults after) {
        List<String> problems = new ArrayList<>();
        Map<String, Long> oldTables = tables(before);
        Map<String, Long> newTables = tables(after);
        oldTables.forEach((name, snapshot) -> {
            Long other = newTables.get(name);
            if (other != null && !other.equals(snapshot)) {
                problems.add(
                        "table " + name + " is snapshot " + snapshot + " in the old run and " + other + " in the new");
            }
        });
        Map<String, QueryRun> old = pairs(before);
        pairs(after).forEach((key, query) -> {
            QueryRun earlier = old.get(key);
            if (earlier != null && !Objects.equals(earlier.sql(), query.sql())) {
                problems.add(key + " ran other SQL");
            }
        });
        return problems;
    }

    public static List<Change> changes(
            BenchmarkResults before, BenchmarkResults after, double threshold, double alpha) {
        List<Change> changes = new ArrayList<>();
        Map<String, QueryRun> old = pairs(before);
        for (EngineRun engine : after.engines()) {
            for (QueryRun query : engine.queries()) {
                QueryRun earlier = old.get(key(engine, query));
                double[] a = measured(earlier);
                double[] b = measured(query);
                if (a.length == 0 || b.length == 0) {
                    continue;
                }
                MedianRatio ratio = MedianRatio.of(a, b);
                boolean significant = ratio.pValue() < alpha;
                Verdict verdict = significant && ratio.low() > 1 + threshold
                        ? Verdict.SLOWER
                        : significant && ratio.high() < 1 - threshold ? Verdict.FASTER : Verdict.NO_CHANGE;
                changes.add(new Change(
                        engine.name(), query.id(), median(earlier), median(query), a.length, b.length, ratio, verdict));
            }
        }
        return changes;
    }

    /** Engine × query pairs measured in only one of the two files. */
    public static List<String> unmatched(BenchmarkResults before, BenchmarkResults after) {
        List<String> unmatched = new ArrayList<>();
        Map<String, QueryRun> old = pairs(before);
        Map<String, QueryRun> latest = pairs(after);
        old.forEach((key, q) -> {
            if (measured(latest.get(key)).length == 0 && measured(q).length > 0) {
                unmatched.add(key + " only in the old run");
            }
        });
        latest.forEach((key, q) -> {
            if (measured(old.get(key)).length == 0 && measured(q).length > 0) {
                unmatched.add(key + " only in the new run");
            }
        });
        return unmatched;
    }

    private static String key(EngineRun engine, QueryRun query) {
        return engine.name() + " " + query.id();
    }

    private static Map<String, QueryRun> pairs(BenchmarkResults results) {
        Map<String, QueryRun> pairs = new LinkedHashMap<>();
        for (EngineRun engine : results.engines()) {
            for (QueryRun query : engine.queries()) {
                pairs.put(key(engine, query), query);
            }
        }
        return pairs;
    }

    private static Map<String, Long> tables(BenchmarkResults results) {
        Map<String, Long> tables = new LinkedHashMap<>();
        results.tables().forEach(t -> tables.put(t.name(), t.snapshotId()));
        return tables;
    }

    private static double median(QueryRun query) {
        return query.stats() == null ? 0 : query.stats().medianMs();
    }

    private static double[] measured(QueryRun query) {
        if (query == null || !query.ok() || query.iterations() == null) {
            return new double[0];
        }
        return query.iterations().stream().mapToDouble(IterationResult::ms).toArray();
    }
}
