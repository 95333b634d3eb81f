package io.icebench.cli.compare;

import com.fasterxml.jackson.databind.JsonNode;
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

    public record Change(String engine, String query, double oldMedianMs, double newMedianMs, int oldN, int newN,
            MedianRatio ratio, String verdict) {
    }

    /** What makes two runs incomparable: tables read at other snapshots, other SQL for the same query. */
    public static List<String> incompatibilities(JsonNode before, JsonNode after) {
        List<String> problems = new ArrayList<>();
        Map<String, String> oldTables = tables(before);
        Map<String, String> newTables = tables(after);
        oldTables.forEach((name, snapshot) -> {
            String other = newTables.get(name);
            if (other != null && !other.equals(snapshot)) {
                problems.add("table " + name + " is snapshot " + snapshot + " in the old run and " + other + " in the new");
            }
        });
        for (JsonNode engine : after.path("engines")) {
            for (JsonNode query : engine.path("queries")) {
                JsonNode old = query(before, engine.path("name").asText(), query.path("id").asText());
                if (old != null && !Objects.equals(old.path("sql").asText(), query.path("sql").asText())) {
                    problems.add(engine.path("name").asText() + " " + query.path("id").asText() + " ran other SQL");
                }
            }
        }
        return problems;
    }

    public static List<Change> changes(JsonNode before, JsonNode after, double threshold, double alpha) {
        List<Change> changes = new ArrayList<>();
        for (JsonNode engine : after.path("engines")) {
            String name = engine.path("name").asText();
            for (JsonNode query : engine.path("queries")) {
                JsonNode old = query(before, name, query.path("id").asText());
                double[] a = measured(old);
                double[] b = measured(query);
                if (a.length == 0 || b.length == 0) {
                    continue;
                }
                MedianRatio ratio = MedianRatio.of(a, b);
                boolean significant = ratio.pValue() < alpha;
                String verdict = significant && ratio.low() > 1 + threshold ? "slower"
                        : significant && ratio.high() < 1 - threshold ? "faster" : "no change";
                changes.add(new Change(name, query.path("id").asText(), old.path("stats").path("median_ms").asDouble(),
                        query.path("stats").path("median_ms").asDouble(), a.length, b.length, ratio, verdict));
            }
        }
        return changes;
    }

    /** Engine × query pairs measured in only one of the two files. */
    public static List<String> unmatched(JsonNode before, JsonNode after) {
        List<String> unmatched = new ArrayList<>();
        pairs(before).forEach((key, q) -> {
            if (measured(pairs(after).get(key)).length == 0 && measured(q).length > 0) {
                unmatched.add(key + " only in the old run");
            }
        });
        pairs(after).forEach((key, q) -> {
            if (measured(pairs(before).get(key)).length == 0 && measured(q).length > 0) {
                unmatched.add(key + " only in the new run");
            }
        });
        return unmatched;
    }

    private static Map<String, JsonNode> pairs(JsonNode results) {
        Map<String, JsonNode> pairs = new LinkedHashMap<>();
        for (JsonNode engine : results.path("engines")) {
            for (JsonNode query : engine.path("queries")) {
                pairs.put(engine.path("name").asText() + " " + query.path("id").asText(), query);
            }
        }
        return pairs;
    }

    private static Map<String, String> tables(JsonNode results) {
        Map<String, String> tables = new LinkedHashMap<>();
        results.path("tables").forEach(t -> tables.put(t.path("name").asText(), t.path("snapshot_id").asText()));
        return tables;
    }

    private static JsonNode query(JsonNode results, String engine, String id) {
        return pairs(results).get(engine + " " + id);
    }

    private static double[] measured(JsonNode query) {
        if (query == null || !"ok".equals(query.path("status").asText())) {
            return new double[0];
        }
        List<Double> ms = new ArrayList<>();
        query.path("iterations").forEach(i -> ms.add(i.path("ms").asDouble()));
        return ms.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
