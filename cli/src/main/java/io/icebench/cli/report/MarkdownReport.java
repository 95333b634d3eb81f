package io.icebench.cli.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The summary table a user pastes into a pull request, after hyperfine's Markdown export: one row per
 * query and engine, the times in milliseconds, the time relative to the fastest engine on that query, and
 * whether its answer matched the other engines'.
 */
public final class MarkdownReport {

    public static final String HEADER = "| Query | Engine | Median [ms] | 95% CI [ms] | Mean ± σ [ms] | Min [ms] | Max [ms] | Relative | Answer |";

    private MarkdownReport() {
    }

    public static String render(JsonNode results) {
        if (results.has("levels")) {
            return scale(results);
        }
        StringBuilder md = new StringBuilder("## icebench results\n\n");
        JsonNode summary = results.path("summary");
        if (summary.has("fastest")) {
            md.append("Fastest: **").append(summary.path("fastest").asText()).append("**");
            if (summary.has("most_memory_efficient")) {
                md.append(" · most memory-efficient: **").append(summary.path("most_memory_efficient").asText()).append("**");
            }
            md.append("\n\n");
        }
        md.append(HEADER).append("\n|:---|:---|---:|---:|---:|---:|---:|---:|:---|\n");
        Map<String, Double> best = new HashMap<>();
        for (JsonNode engine : results.path("engines")) {
            for (JsonNode q : engine.path("queries")) {
                if (q.path("stats").has("median_ms")) {
                    best.merge(q.path("id").asText(), q.path("stats").path("median_ms").asDouble(), Math::min);
                }
            }
        }
        Map<String, Map<String, String>> answers = new HashMap<>();
        results.path("verification").forEach(v -> {
            Map<String, String> byEngine = new HashMap<>();
            v.path("engines").fields().forEachRemaining(e -> byEngine.put(e.getKey(), e.getValue().asText()));
            answers.put(v.path("query").asText(), byEngine);
        });
        for (JsonNode engine : results.path("engines")) {
            String name = engine.path("name").asText();
            for (JsonNode q : engine.path("queries")) {
                String id = q.path("id").asText();
                String answer = answers.getOrDefault(id, Map.of()).getOrDefault(name, "");
                JsonNode s = q.path("stats");
                if (!s.has("median_ms")) {
                    md.append(String.format(Locale.ROOT, "| %s | `%s` | %s |  |  |  |  |  | %s |%n", id, name,
                            q.hasNonNull("error") ? "failed: " + q.path("error").path("kind").asText() : "no measurement", answer));
                    continue;
                }
                md.append(String.format(Locale.ROOT, "| %s | `%s` | %.2f | %.2f – %.2f | %.2f ± %.2f | %.2f | %.2f | %.2f | %s |%n",
                        id, name, s.path("median_ms").asDouble(), s.path("ci_low_ms").asDouble(), s.path("ci_high_ms").asDouble(),
                        s.path("mean_ms").asDouble(), s.path("stddev_ms").asDouble(), s.path("min_ms").asDouble(),
                        s.path("max_ms").asDouble(), s.path("median_ms").asDouble() / best.get(id), answer));
            }
        }
        for (JsonNode v : results.path("verification")) {
            if ("disagree".equals(v.path("status").asText())) {
                md.append(String.format(Locale.ROOT, "%n**%s: engines disagree**: %s (no strict majority; no engine is "
                        + "called wrong; `--reference ENGINE` names the right one)%n", v.path("query").asText(),
                        AnswerGroups.text(v.path("groups"))));
            }
        }
        planning(results, md);
        return md.toString();
    }

    /** Which engines' times include planning, and what the coordinator's planning took per table. */
    private static void planning(JsonNode results, StringBuilder md) {
        java.util.List<String> inside = new java.util.ArrayList<>();
        results.path("settings").path("engines").forEach(e -> {
            if (e.path("plans_inside_query").asBoolean()) {
                inside.add("`" + e.path("label").asText() + "`");
            }
        });
        md.append(String.format(Locale.ROOT, "%nPlanning: %s; the other engines read the files the coordinator "
                + "planned, which took (add a query's tables for like-for-like times):%n%n",
                inside.isEmpty() ? "no engine plans inside its query times" : String.join(", ", inside)
                        + " include it in their query times"));
        for (JsonNode t : results.path("tables")) {
            JsonNode p = t.path("planning");
            md.append(String.format(Locale.ROOT, "- %s: %.1f ms, %d manifests, %d data files, %d delete files%n",
                    t.path("name").asText(), p.path("plan_ms").asDouble(), p.path("manifests").asInt(),
                    t.path("data_files").asInt(), t.path("delete_files").asInt()));
        }
    }

    private static String scale(JsonNode results) {
        StringBuilder md = new StringBuilder("## icebench scale: " + results.path("settings").path("engine").asText() + "\n\n");
        md.append("| Clients | Throughput [q/min] | Speedup | Efficiency | Start-up [ms] |\n|---:|---:|---:|---:|---:|\n");
        for (JsonNode l : results.path("levels")) {
            md.append(String.format(Locale.ROOT, "| %d | %.1f ± %.1f | %.2f ± %.2f | %.2f ± %.2f%s | %.0f |%n",
                    l.path("clients").asInt(), l.path("throughput_per_minute").path("median").asDouble(),
                    l.path("throughput_per_minute").path("stddev").asDouble(), l.path("speedup").path("median").asDouble(),
                    l.path("speedup").path("stddev").asDouble(), l.path("efficiency").path("median").asDouble(),
                    l.path("efficiency").path("stddev").asDouble(), l.path("superlinear").asBoolean() ? " ⚠ superlinear" : "",
                    l.path("startup_ms").path("median").asDouble()));
        }
        results.path("data_scaling").path("fits").forEach(f -> md.append(String.format(Locale.ROOT,
                "- %s: time ∝ SF^%.2f (R² %.3f)%n", f.path("query").asText(), f.path("exponent").asDouble(),
                f.path("r_squared").asDouble())));
        return md.toString();
    }
}
