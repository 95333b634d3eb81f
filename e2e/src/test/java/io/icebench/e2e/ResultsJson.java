package io.icebench.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import io.icebench.core.protocol.Json;
import java.io.IOException;
import java.nio.file.Path;

/** Reading a results file in tests: one engine's entry, one query of it. */
final class ResultsJson {

    private ResultsJson() {}

    static JsonNode read(Path file) throws IOException {
        return Json.MAPPER.readTree(file.toFile());
    }

    static JsonNode engine(JsonNode results, String name) {
        for (JsonNode e : results.path("engines")) {
            if (e.path("name").asText().equals(name)) {
                return e;
            }
        }
        throw new AssertionError("no engine " + name + " in the results");
    }

    static JsonNode query(JsonNode engine, String id) {
        for (JsonNode q : engine.path("queries")) {
            if (q.path("id").asText().equals(id)) {
                return q;
            }
        }
        throw new AssertionError(
                "no query " + id + " for " + engine.path("name").asText());
    }

    static JsonNode query(JsonNode results, String engine, String id) {
        return query(engine(results, engine), id);
    }
}
