package io.icebench.cli.report;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import io.icebench.cli.run.ResultsAssembler;
import io.icebench.cli.run.RunSummary;
import io.icebench.core.config.ConfigException;
import io.icebench.core.model.BenchmarkResults;
import io.icebench.core.model.EngineRun;
import io.icebench.core.model.EngineStatus;
import io.icebench.core.model.Environment;
import io.icebench.core.model.Failure;
import io.icebench.core.model.IterationResult;
import io.icebench.core.model.QueryRun;
import io.icebench.core.model.QueryStatus;
import io.icebench.core.model.RunSettings;
import io.icebench.core.model.TableInfo;
import io.icebench.core.protocol.Json;
import io.icebench.core.stats.Statistics;
import io.icebench.core.verify.QueryVerification;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Rebuilds a run's results from its JSON Lines file ({@code icebench report --from-jsonl}), e.g. after the
 * results file could not be written. A cut last line (a full disk) is skipped; a run that did not finish
 * gives results marked interrupted, with the engines and queries that got so far.
 */
public final class JsonLinesResults {

    private static final ObjectMapper MAPPER = Json.MAPPER;
    /** Keeps a decimal's trailing zeros (380456.00), as the results file had them. */
    private static final ObjectReader LINES = MAPPER.reader().without(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES);

    private final Map<String, EngineRun> engines = new LinkedHashMap<>();
    private final Map<String, List<QueryRun>> queries = new LinkedHashMap<>();
    private final Map<List<String>, List<IterationResult>> iterations = new LinkedHashMap<>();
    private JsonNode started;
    private JsonNode finished;

    private JsonLinesResults() {}

    public static BenchmarkResults read(Path file) throws IOException {
        JsonLinesResults results = new JsonLinesResults();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null) {
                JsonNode event = parse(line);
                if (event != null) {
                    results.add(event.path("event").asText(), event.path("data"));
                }
            }
        }
        if (results.started == null) {
            throw new ConfigException(
                    file + " holds no run_started line; give the .jsonl file written by icebench run");
        }
        return results.build();
    }

    private static JsonNode parse(String line) {
        try {
            return LINES.readTree(line);
        } catch (IOException e) {
            return null; // a line cut by a full disk or a killed coordinator
        }
    }

    private void add(String event, JsonNode data) throws IOException {
        String engine = data.path("engine").asText();
        switch (event) {
            case "run_started" -> started = data;
            case "engine_ready" ->
                engines.put(
                        engine,
                        new EngineRun(
                                engine,
                                null,
                                text(data, "version"),
                                EngineStatus.INTERRUPTED,
                                null,
                                number(data, "startup_ms"),
                                number(data, "setup_ms"),
                                data.path("rss_after_setup_bytes").isNumber()
                                        ? data.path("rss_after_setup_bytes").asLong()
                                        : null,
                                1,
                                null,
                                List.of()));
            case "engine_failed" -> {
                EngineRun known = engines.get(engine);
                Failure error = MAPPER.treeToValue(data.path("error"), Failure.class);
                engines.put(
                        engine,
                        known == null
                                ? new EngineRun(
                                        engine,
                                        null,
                                        null,
                                        EngineStatus.ERROR,
                                        error,
                                        null,
                                        null,
                                        null,
                                        1,
                                        null,
                                        List.of())
                                : known.failedWith(error));
            }
            case "query_finished" -> {
                if (data.has("run")) {
                    queries.computeIfAbsent(engine, k -> new ArrayList<>())
                            .add(MAPPER.treeToValue(data.path("run"), QueryRun.class));
                }
            }
            case "engine_finished" -> {
                if (data.has("run")) {
                    engines.put(engine, MAPPER.treeToValue(data.path("run"), EngineRun.class));
                }
            }
            case "iteration" -> {
                IterationResult it = MAPPER.treeToValue(data, IterationResult.class);
                iterations
                        .computeIfAbsent(List.of(it.engine(), it.query()), k -> new ArrayList<>())
                        .add(it);
            }
            case "run_finished" -> finished = data;
            default -> {
                // nothing the results need
            }
        }
    }

    /** Queries cut short: their executions so far, measured ones summarised, marked interrupted. */
    private void addUnfinishedQueries() {
        iterations.forEach((key, done) -> {
            List<QueryRun> finishedRuns = queries.computeIfAbsent(key.get(0), k -> new ArrayList<>());
            if (finishedRuns.stream().anyMatch(q -> q.id().equals(key.get(1)))) {
                return;
            }
            List<IterationResult> measured =
                    done.stream().filter(i -> "measured".equals(i.phase())).toList();
            IterationResult cold = done.stream()
                    .filter(i -> "cold".equals(i.phase()))
                    .findFirst()
                    .orElse(null);
            IterationResult last = done.get(done.size() - 1);
            finishedRuns.add(new QueryRun(
                    key.get(1),
                    sql(key.get(1)),
                    QueryStatus.INTERRUPTED,
                    null,
                    cold == null ? null : cold.ms(),
                    cold == null ? null : cold.peakRssBytes(),
                    null,
                    null,
                    measured,
                    measured.isEmpty()
                            ? null
                            : Statistics.summarise(measured.stream()
                                    .mapToDouble(IterationResult::ms)
                                    .toArray()),
                    last.rows(),
                    last.fingerprint(),
                    null,
                    null,
                    null,
                    null));
        });
    }

    private String sql(String query) {
        for (JsonNode q : started.path("queries")) {
            if (query.equals(q.path("id").asText())) {
                return text(q, "sql");
            }
        }
        return null;
    }

    private BenchmarkResults build() throws IOException {
        addUnfinishedQueries();
        List<EngineRun> runs = new ArrayList<>();
        engines.forEach((name, run) -> runs.add(run.withQueries(queries.getOrDefault(name, List.of()))));
        queries.forEach((name, done) -> {
            if (!engines.containsKey(name)) {
                runs.add(new EngineRun(
                        name, null, null, EngineStatus.INTERRUPTED, null, null, null, null, 1, null, done));
            }
        });
        List<QueryVerification> verification = finished == null
                        || finished.path("verification").isNull()
                ? null
                : MAPPER.convertValue(finished.path("verification"), new TypeReference<List<QueryVerification>>() {});
        return new BenchmarkResults(
                ResultsAssembler.FORMAT_VERSION,
                MAPPER.treeToValue(started.path("environment"), Environment.class),
                MAPPER.treeToValue(started.path("settings"), RunSettings.class),
                text(started, "metastore"),
                MAPPER.convertValue(started.path("tables"), new TypeReference<List<TableInfo>>() {}),
                runs,
                verification,
                RunSummary.of(runs, verification),
                finished == null || finished.path("interrupted").asBoolean(false));
    }

    private static String text(JsonNode node, String field) {
        return node.path(field).isNull() || node.path(field).isMissingNode()
                ? null
                : node.path(field).asText();
    }

    private static Double number(JsonNode node, String field) {
        return node.path(field).isNumber() ? node.path(field).asDouble() : null;
    }
}
