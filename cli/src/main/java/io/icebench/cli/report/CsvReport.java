package io.icebench.cli.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;

/**
 * One CSV row per execution of a results file: the cold run and every measured iteration, and one row
 * for a query that failed (its status is the failure kind, its time empty). {@code answer} is the engine's
 * verdict on the query's answer: match, mismatch, disagree (no engine is the reference) or unverified.
 */
public final class CsvReport {

    public static final List<String> COLUMNS = List.of("engine", "query", "phase", "iteration", "ms", "roundtrip_ms",
            "peak_rss_bytes", "rows", "status", "answer");

    private CsvReport() {
    }

    public static String render(JsonNode results) throws IOException {
        if (results.has("runs")) {
            return scale(results);
        }
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
        COLUMNS.forEach(schema::addColumn);
        StringWriter out = new StringWriter();
        try (SequenceWriter writer = new CsvMapper().writerFor(List.class).with(schema.build()).writeValues(out)) {
            for (JsonNode engine : results.path("engines")) {
                String name = engine.path("name").asText();
                for (JsonNode q : engine.path("queries")) {
                    String id = q.path("id").asText();
                    String answer = answer(results.path("verification"), id, name);
                    if (q.hasNonNull("cold_ms")) {
                        writer.write(Arrays.asList(name, id, "cold", 1, q.path("cold_ms").asText(), "",
                                text(q.path("cold_peak_rss_bytes")), text(q.path("rows")), "ok", answer));
                    }
                    for (JsonNode it : q.path("iterations")) {
                        writer.write(Arrays.asList(name, id, it.path("phase").asText(), it.path("iteration").asInt(),
                                it.path("ms").asText(), it.path("roundtrip_ms").asText(), text(it.path("peak_rss_bytes")),
                                it.path("rows").asText(), "ok", answer));
                    }
                    if (q.hasNonNull("error")) {
                        writer.write(Arrays.asList(name, id, "", "", "", "", "", "", q.path("error").path("kind").asText(), ""));
                    }
                }
            }
        }
        return out.toString();
    }

    /** A scale run: one row per execution (clients, repeat, client, query, ms). */
    private static String scale(JsonNode results) throws IOException {
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
        List.of("clients", "repeat", "client", "query", "ms", "status").forEach(schema::addColumn);
        StringWriter out = new StringWriter();
        try (SequenceWriter writer = new CsvMapper().writerFor(List.class).with(schema.build()).writeValues(out)) {
            for (JsonNode run : results.path("runs")) {
                for (JsonNode t : run.path("times")) {
                    writer.write(Arrays.asList(run.path("clients").asInt(), run.path("repeat").asInt(),
                            t.path("client").asInt(), t.path("query").asText(), t.path("ms").asText(), "ok"));
                }
                if (run.hasNonNull("failure")) {
                    writer.write(Arrays.asList(run.path("clients").asInt(), run.path("repeat").asInt(), "", "", "",
                            run.path("failure").asText()));
                }
            }
        }
        return out.toString();
    }

    private static String answer(JsonNode verification, String query, String engine) {
        for (JsonNode v : verification) {
            if (v.path("query").asText().equals(query)) {
                return v.path("engines").path(engine).asText("");
            }
        }
        return "";
    }

    private static String text(JsonNode value) {
        return value.isMissingNode() || value.isNull() ? "" : value.asText();
    }
}
