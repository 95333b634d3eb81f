package io.icebench.cli.command;

import io.icebench.cli.IcebenchContext;
import io.icebench.cli.Main;
import io.icebench.cli.report.ConsoleSummary;
import io.icebench.cli.report.ResultsFile;
import io.icebench.cli.run.Durations;
import io.icebench.cli.run.EnvironmentProbe;
import io.icebench.cli.run.RunPlan;
import io.icebench.cli.scale.ScaleResults;
import io.icebench.cli.scale.ScaleResults.LevelSummary;
import io.icebench.cli.scale.ScaleRunner;
import io.icebench.cli.scale.ScaleSummary;
import io.icebench.core.config.ConfigException;
import io.icebench.core.config.Secrets;
import io.icebench.core.config.Settings;
import io.icebench.core.model.TableInfo;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code icebench scale --engine E --clients 1,2,4,8}: throughput, speedup and efficiency as clients grow. */
@Command(
        name = "scale",
        mixinStandardHelpOptions = true,
        description = "Measure how an engine scales with concurrent clients: the same total work at every level, "
                + "throughput, speedup = throughput(N) / throughput(1), efficiency = speedup / N.")
public final class ScaleCommand implements Callable<Integer> {

    @Option(names = "--engine", required = true, description = "The engine to measure, e.g. duckdb.")
    String engine;

    @Option(names = "--clients", split = ",", description = "Client counts, starting with 1 (default 1,2,4).")
    List<Integer> clients;

    @Option(
            names = "--scales",
            split = ",",
            description = "Instead of clients: scale factors of the suite's generated tables, e.g. 0.01,0.1,1; "
                    + "time against data size and its growth exponent (tables <namespace>_sf<scale>, e.g. tpch_sf0_1, "
                    + "generated when missing).")
    List<Double> scales;

    @Option(names = "--total-queries", description = "Executions per level, split over the clients (default 64).")
    int totalQueries = 64;

    @Option(
            names = "--mode",
            description = "processes: one worker process per client (default); threads: the clients are "
                    + "threads of one worker, each with its own session (JVM engines).")
    String mode = "processes";

    @Option(
            names = "--repeats",
            description = "Times every level is measured (default 3): figures are median ± stddev.")
    int repeats = 3;

    @Option(names = "--suite", description = "Query suite: tpch (default), tpcds or a directory.")
    String suite = "tpch";

    @Option(
            names = "--queries",
            split = ",",
            description = "Queries of the suite the clients run in turn (default q1,q6; tpcds: q03,q07).")
    List<String> queries;

    @Mixin
    CatalogOptions catalogOptions = new CatalogOptions();

    @Option(
            names = "--namespace",
            description = "Namespace of the tables (env ICEBENCH_NAMESPACE; default: the suite's).")
    String namespace;

    @Option(
            names = {"-E", "--engine-option"},
            description = "ENGINE.KEY=VALUE passed to the engine (repeatable).")
    List<String> engineOptions = new ArrayList<>();

    @Option(names = "--query-timeout", description = "Time limit per execution, e.g. 60s (default: 10m).")
    String queryTimeout;

    @Option(names = "--output", description = "Results file (default scale_results.json).")
    Path output = Path.of("scale_results.json");

    @Override
    public Integer call() throws Exception {
        if (queries == null) {
            queries = "tpcds".equals(suite) ? List.of("q03", "q07") : List.of("q1", "q6");
        }
        if (scales != null) {
            if (clients != null) {
                throw new ConfigException("give either --clients or --scales, not both");
            }
            return new DataScalingRun(engine, scales, queries, suite, repeats, engineOptions, output, catalogOptions)
                    .call();
        }
        clients = clients == null ? List.of(1, 2, 4) : clients;
        validate();
        IcebenchContext context = IcebenchContext.load().choose(catalogOptions.choice());
        Settings s = context.settings();
        ResultsFile resultsFile = new ResultsFile(output);
        resultsFile.checkWritable();
        BenchmarkRequest request = BenchmarkRequest.builder()
                .suite(suite)
                .onlyQueries(new LinkedHashSet<>(queries))
                .namespace(
                        namespace != null
                                ? namespace
                                : s.get("ICEBENCH_NAMESPACE").orElseGet(() -> RunCommand.suiteNamespace(suite)))
                .engines(List.of(engine))
                .engineOptions(engineOptions)
                .iterations(Iterations.fixed(1))
                .warmup(0)
                .queryTimeout(queryTimeout == null ? null : Durations.parse(queryTimeout, "--query-timeout"))
                .answers(BenchmarkRequest.AnswerCheck.OFF)
                .output(output)
                .writeReport(false)
                .build();
        try {
            RunPlan plan = new BenchmarkPlanner(context, System.out).plan(request);
            if (!plan.engines().get(0).descriptor().available()) {
                throw new ConfigException("engine " + engine + " cannot run here: "
                        + plan.engines().get(0).descriptor().unavailableReason());
            }
            System.out.printf(
                    Locale.ROOT,
                    "📈 %s: %d executions of %s per level over %s clients (%s), %d repeat%s%n",
                    engine,
                    totalQueries,
                    String.join(",", queries),
                    clients,
                    mode,
                    repeats,
                    repeats == 1 ? "" : "s");
            List<ScaleResults.LevelRun> runs =
                    new ScaleRunner(plan, clients, totalQueries, repeats, "threads".equals(mode), System.out).run();
            List<LevelSummary> levels = ScaleSummary.of(runs, totalQueries);
            ScaleResults results = new ScaleResults(
                    "1",
                    "scale",
                    EnvironmentProbe.probe(Map.of("worker_logs", plan.logDir().toString())),
                    settings(plan),
                    plan.tables().stream().map(TableInfo::of).toList(),
                    runs,
                    levels,
                    null);
            resultsFile.write(results);
            System.out.print(new ConsoleSummary().render(results));
            System.out.println("💾 Results: " + resultsFile.path());
            boolean failed = runs.stream().anyMatch(r -> r.failure() != null);
            return failed ? Main.FAILURES : Main.OK;
        } finally {
            StopIfStarted.stop(context, System.out);
        }
    }

    private void validate() {
        if (!"processes".equals(mode) && !"threads".equals(mode)) {
            throw new ConfigException("--mode '" + mode + "' must be processes or threads");
        }
        Set<Integer> distinct = new LinkedHashSet<>(clients);
        if (clients.isEmpty()
                || clients.get(0) != 1
                || distinct.size() != clients.size()
                || clients.stream().anyMatch(c -> c < 1)) {
            throw new ConfigException("--clients must start with 1 and list distinct counts, e.g. 1,2,4,8 "
                    + "(speedup is throughput against one client)");
        }
        if (totalQueries < clients.stream().mapToInt(Integer::intValue).max().orElse(1)) {
            throw new ConfigException("--total-queries " + totalQueries + " is fewer than the largest client count");
        }
        if (repeats < 1) {
            throw new ConfigException("--repeats must be at least 1");
        }
    }

    private Map<String, Object> settings(RunPlan plan) {
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("engine", engine);
        settings.put("options", Secrets.redact(plan.engines().get(0).spec().options()));
        settings.put("clients", clients);
        settings.put("total_queries", totalQueries);
        settings.put("mode", mode);
        settings.put("repeats", repeats);
        settings.put("queries", queries);
        settings.put("namespace", plan.defaultNamespace());
        return settings;
    }
}
