package io.icebench.cli.command;

import io.icebench.cli.command.BenchmarkRequest.AnswerCheck;
import io.icebench.cli.command.BenchmarkRequest.EngineChoice;
import io.icebench.cli.command.BenchmarkRequest.Measurement;
import io.icebench.cli.command.BenchmarkRequest.Outputs;
import io.icebench.cli.command.BenchmarkRequest.Workload;
import io.icebench.core.config.Defaults;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Builds a {@link BenchmarkRequest}; what is not set keeps the built-in default ({@link Defaults}). */
final class BenchmarkRequestBuilder {

    private String query;
    private String table;
    private String suite;
    private Set<String> onlyQueries = Set.of();
    private String namespace = Defaults.TPCH_NAMESPACE;
    private Map<String, Long> snapshots = Map.of();
    private boolean allowWrites;
    private List<String> engines = List.of();
    private List<String> engineOptions = List.of();
    private Map<String, Map<String, String>> engineDefaults = Map.of();
    private Iterations iterations = Iterations.fixed(Defaults.ITERATIONS);
    private int warmup = Defaults.WARMUP;
    private int freshProcessColdRuns;
    private boolean dropCaches;
    private Duration engineTimeout = Defaults.ENGINE_TIMEOUT;
    private Duration queryTimeout;
    private int parallel = Defaults.PARALLEL;
    private AnswerCheck answers = new AnswerCheck(Defaults.ANSWER_TOLERANCE, null);
    private Path output = Path.of(Defaults.RESULTS_FILE);
    private boolean writeReport = true;
    private boolean printResults;
    private boolean keepMetastore;

    BenchmarkRequestBuilder query(String sql) {
        this.query = sql;
        return this;
    }

    BenchmarkRequestBuilder table(String name) {
        this.table = name;
        return this;
    }

    BenchmarkRequestBuilder suite(String name) {
        this.suite = name;
        return this;
    }

    BenchmarkRequestBuilder onlyQueries(Set<String> ids) {
        this.onlyQueries = ids;
        return this;
    }

    BenchmarkRequestBuilder namespace(String name) {
        this.namespace = name;
        return this;
    }

    BenchmarkRequestBuilder snapshots(Map<String, Long> idsByTable) {
        this.snapshots = idsByTable;
        return this;
    }

    BenchmarkRequestBuilder allowWrites(boolean allowed) {
        this.allowWrites = allowed;
        return this;
    }

    BenchmarkRequestBuilder engines(List<String> names) {
        this.engines = names;
        return this;
    }

    BenchmarkRequestBuilder engineOptions(List<String> options) {
        this.engineOptions = options;
        return this;
    }

    BenchmarkRequestBuilder engineDefaults(Map<String, Map<String, String>> optionsByEngine) {
        this.engineDefaults = optionsByEngine;
        return this;
    }

    BenchmarkRequestBuilder iterations(Iterations runs) {
        this.iterations = runs;
        return this;
    }

    BenchmarkRequestBuilder warmup(int runs) {
        this.warmup = runs;
        return this;
    }

    BenchmarkRequestBuilder freshProcessColdRuns(int runs) {
        this.freshProcessColdRuns = runs;
        return this;
    }

    BenchmarkRequestBuilder dropCaches(boolean drop) {
        this.dropCaches = drop;
        return this;
    }

    BenchmarkRequestBuilder engineTimeout(Duration timeout) {
        this.engineTimeout = timeout;
        return this;
    }

    BenchmarkRequestBuilder queryTimeout(Duration timeout) {
        this.queryTimeout = timeout;
        return this;
    }

    BenchmarkRequestBuilder parallel(int engines) {
        this.parallel = engines;
        return this;
    }

    BenchmarkRequestBuilder answers(AnswerCheck check) {
        this.answers = check;
        return this;
    }

    BenchmarkRequestBuilder output(Path resultsFile) {
        this.output = resultsFile;
        return this;
    }

    BenchmarkRequestBuilder writeReport(boolean write) {
        this.writeReport = write;
        return this;
    }

    BenchmarkRequestBuilder printResults(boolean print) {
        this.printResults = print;
        return this;
    }

    BenchmarkRequestBuilder keepMetastore(boolean keep) {
        this.keepMetastore = keep;
        return this;
    }

    BenchmarkRequest build() {
        return new BenchmarkRequest(
                new Workload(query, table, suite, onlyQueries, namespace, snapshots, allowWrites),
                new EngineChoice(engines, engineOptions, engineDefaults),
                new Measurement(
                        iterations, warmup, freshProcessColdRuns, dropCaches, engineTimeout, queryTimeout, parallel),
                answers,
                new Outputs(output, writeReport, printResults),
                keepMetastore);
    }
}
