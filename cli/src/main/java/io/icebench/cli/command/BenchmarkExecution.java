package io.icebench.cli.command;

import io.icebench.catalog.IcebergCatalog;
import io.icebench.catalog.TableName;
import io.icebench.cli.IcebenchContext;
import io.icebench.cli.Main;
import io.icebench.cli.engine.EngineDescriptor;
import io.icebench.cli.engine.EngineRegistry;
import io.icebench.cli.engine.EngineSpec;
import io.icebench.cli.report.ConsoleReporter;
import io.icebench.cli.report.JsonLinesWriter;
import io.icebench.cli.report.ReportFiles;
import io.icebench.cli.report.RunProgress;
import io.icebench.cli.run.RunListener;
import io.icebench.cli.report.ResultsFile;
import io.icebench.cli.report.RunOutputs;
import io.icebench.cli.run.BenchmarkRunner;
import io.icebench.cli.run.EnvironmentProbe;
import io.icebench.cli.run.Listeners;
import io.icebench.cli.run.Query;
import io.icebench.cli.run.PageCache;
import io.icebench.cli.run.QuerySuite;
import io.icebench.cli.run.ReadOnlyQueries;
import io.icebench.cli.run.ResultsAssembler;
import io.icebench.cli.run.RunPlan;
import io.icebench.core.config.CatalogConnection;
import io.icebench.core.config.ConfigException;
import io.icebench.core.config.Secrets;
import io.icebench.core.model.BenchmarkResults;
import io.icebench.core.model.EngineStatus;
import io.icebench.core.model.RunSettings;
import io.icebench.core.model.TableSnapshot;
import io.icebench.core.verify.QueryVerification;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.iceberg.catalog.Namespace;
import org.apache.iceberg.catalog.TableIdentifier;

/** Plans and runs a benchmark request, writing results as it goes; shared by {@code run} and {@code quickstart}. */
final class BenchmarkExecution {

    private final IcebenchContext context;
    private final PrintStream out;

    BenchmarkExecution(IcebenchContext context, PrintStream out) {
        this.context = context;
        this.out = out;
    }

    int execute(BenchmarkRequest request) throws IOException {
        validate(request);
        try (RunOutputs outputs = RunOutputs.claim(request.output(), request.writeReport())) {
            return run(plan(request), request, outputs);
        } finally {
            if (!request.keepMetastore()) {
                StopIfStarted.stop(context, out);
            }
        }
    }

    /** Resolves engines, queries and tables (starting the embedded metastore if needed) into a plan. */
    RunPlan plan(BenchmarkRequest request) throws IOException {
        validate(request);
        EngineRegistry registry = context.engines(out);
        List<EngineSpec> specs = specs(request, registry);
        List<Query> queries = queries(request, specs.stream().map(EngineSpec::engine).distinct().toList());
        List<RunPlan.PlannedEngine> engines = new ArrayList<>();
        for (EngineSpec spec : specs) {
            EngineDescriptor descriptor = registry.get(spec.engine()).forSpec(spec, registry.settings());
            if (descriptor.available()) {
                descriptor.commandFor(spec); // option errors show now, before anything runs
            }
            engines.add(new RunPlan.PlannedEngine(spec, descriptor));
        }
        CatalogConnection connection = context.connection(out);
        try (IcebergCatalog catalog = context.catalog(connection)) {
            return new RunPlan(connection, catalog.name(), request.namespace(), tables(catalog, request), queries,
                    engines, request.iterations().count(), request.iterations().auto(), request.iterations().timeCap(),
                    request.warmup(), request.freshProcessColdRuns(), PageCache.usable(request.dropCaches(), out), request.engineTimeout(),
                    request.queryTimeout(), request.parallel(), request.printResults(), request.answerTolerance(),
                    request.reference(), request.allowWrites(), logDir());
        }
    }

    private static void validate(BenchmarkRequest request) {
        if (request.iterations().count() < 1) {
            throw new ConfigException("--iterations must be at least 1");
        }
        if (request.warmup() < 0) {
            throw new ConfigException("--warmup must be 0 or more");
        }
        if (request.parallel() < 1) {
            throw new ConfigException("--parallel must be at least 1");
        }
    }

    private List<Query> queries(BenchmarkRequest request, List<String> engineNames) {
        List<Query> queries;
        if (request.suite() != null) {
            if (request.query() != null) {
                throw new ConfigException("give either QUERY or --suite, not both");
            }
            queries = QuerySuite.load(request.suite(), request.onlyQueries(), engineNames);
        } else {
            if (request.query() == null || request.query().isBlank()) {
                throw new ConfigException("no query: pass QUERY (or set QUERY in the environment or benchmark.env), "
                        + "or choose --suite tpch");
            }
            String sql = request.query();
            if (sql.contains("{table}")) {
                if (request.table() == null) {
                    throw new ConfigException("the query uses {table} but no table is given: pass TABLE or set TABLE_NAME");
                }
                TableName.parse(request.table(), context.settings().catalogName(), request.namespace());
                sql = sql.replace("{table}", request.table().strip());
            }
            queries = List.of(new Query("query", sql));
        }
        if (!request.allowWrites()) {
            ReadOnlyQueries.require(queries, engineNames);
        }
        return queries;
    }

    /** The engines asked for (default: every available one); names are checked, engines not yet prepared. */
    private static List<EngineSpec> specs(BenchmarkRequest request, EngineRegistry registry) {
        List<String> names = request.engines();
        if (names.isEmpty()) {
            // every engine, so that one that cannot run here shows as unavailable rather than missing
            List<EngineDescriptor> all = registry.defaults();
            if (all.stream().noneMatch(EngineDescriptor::available)) {
                throw new ConfigException("no engine is available here; ./icebench engines says why");
            }
            names = all.stream().map(EngineDescriptor::name).toList();
        }
        List<EngineSpec> specs = EngineSpec.parse(names, request.engineOptions(), request.engineDefaults());
        for (EngineSpec spec : specs) {
            registry.requireKnown(spec.engine());
        }
        EngineSpec.requireLabel(specs, request.reference(), "--reference");
        return specs;
    }

    private List<TableSnapshot> tables(IcebergCatalog catalog, BenchmarkRequest request) {
        Map<TableName, Long> pinned = new LinkedHashMap<>();
        request.snapshots().forEach((table, id) -> pinned.put(TableName.parse(table, catalog.name(), request.namespace()), id));
        List<TableName> names = new ArrayList<>();
        if (request.table() != null && request.suite() == null) {
            names.add(TableName.parse(request.table(), catalog.name(), request.namespace()));
        } else {
            names.addAll(namespaceTables(catalog, request));
        }
        for (TableName name : pinned.keySet()) {
            if (!names.contains(name)) {
                names.add(name); // a table outside the namespace, pinned for a query that names it
            }
        }
        return names.stream().map(name -> catalog.resolve(name, pinned.get(name))).toList();
    }

    private static List<TableName> namespaceTables(IcebergCatalog catalog, BenchmarkRequest request) {
        Namespace namespace = Namespace.of(request.namespace());
        if (!catalog.namespaces().namespaceExists(namespace)) {
            throw new ConfigException("namespace " + catalog.name() + "." + request.namespace() + " does not exist; "
                    + ("tpch".equals(request.suite()) ? "make it with ./icebench generate tpch" : "choose --namespace"));
        }
        List<TableName> names = catalog.iceberg().listTables(namespace).stream().map(TableIdentifier::name).sorted()
                .map(table -> new TableName(catalog.name(), request.namespace(), table)).toList();
        if ("tpch".equals(request.suite())) {
            List<String> missing = new ArrayList<>(List.of("customer", "lineitem", "nation", "orders", "part",
                    "partsupp", "region", "supplier"));
            names.forEach(t -> missing.remove(t.table()));
            if (!missing.isEmpty()) {
                throw new ConfigException("namespace " + request.namespace() + " lacks TPC-H tables " + missing
                        + "; make them with ./icebench generate tpch --namespace " + request.namespace());
            }
        }
        return names;
    }

    private Path logDir() throws IOException {
        Path dir = context.dataDir().resolve("logs")
                .resolve("run-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS")));
        Files.createDirectories(dir);
        return dir;
    }

    private int run(RunPlan plan, BenchmarkRequest request, RunOutputs outputs) throws IOException {
        ResultsAssembler assembler = new ResultsAssembler(EnvironmentProbe.probe(Map.of("data_dir",
                context.dataDir().toString(), "worker_logs", plan.logDir().toString())), settings(request, plan));
        ResultsFile resultsFile = outputs.results();
        outputs.jsonLines().describe(assembler.environment(), assembler.settings());
        BenchmarkRunner runner = new BenchmarkRunner(plan,
                listeners(request, resultsFile, outputs.jsonLines()), assembler);
        CountDownLatch saved = new CountDownLatch(1);
        Thread onInterrupt = new Thread(() -> {
            runner.abort();
            try {
                saved.await(20, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "icebench-interrupt");
        Runtime.getRuntime().addShutdownHook(onInterrupt);
        BenchmarkResults results;
        boolean written;
        try {
            results = runner.run();
            written = outputs.save(results);
            if (runner.aborted() && written) {
                out.println("⏹  interrupted: workers stopped; what was measured is in " + resultsFile.path());
                out.flush();
            }
        } finally {
            if (runner.aborted() && !request.keepMetastore()) {
                StopIfStarted.stop(context, out);
            }
            // the JVM exits as soon as the shutdown hook returns: everything is written by now
            saved.countDown();
        }
        if (runner.aborted()) {
            return Main.INTERRUPTED;
        }
        Runtime.getRuntime().removeShutdownHook(onInterrupt);
        if (!written) {
            return Main.FAILURES;
        }
        out.println("💾 Results: " + resultsFile.path() + " (every iteration also in " + resultsFile.jsonLines() + ")");
        out.println("📝 Worker logs: " + plan.logDir());
        boolean askedFor = !request.engines().isEmpty();
        boolean failures = results.engines().stream().anyMatch(e -> e.status() != EngineStatus.OK
                && (askedFor || e.status() != EngineStatus.UNAVAILABLE));
        boolean mismatches = results.verification() != null && results.verification().stream()
                .anyMatch(QueryVerification::failed);
        return failures || mismatches ? Main.FAILURES : Main.OK;
    }

    /** The console (under a progress line), the JSON Lines file and, unless --no-report, the report files. */
    private Listeners listeners(BenchmarkRequest request, ResultsFile resultsFile, JsonLinesWriter jsonLines) {
        RunProgress progress = RunProgress.to(out);
        List<RunListener> listeners = new ArrayList<>(List.of(new ConsoleReporter(progress.console()), progress, jsonLines));
        if (request.writeReport()) {
            listeners.add(new ReportFiles(resultsFile.path(), progress.console()));
        }
        return new Listeners(listeners);
    }

    private static RunSettings settings(BenchmarkRequest request, RunPlan plan) {
        return new RunSettings(request.suite(), request.query(), request.table(), request.namespace(),
                plan.connection().describe(), plan.engines().stream().map(e -> new RunSettings.EngineSetting(
                        e.spec().label(), e.spec().engine(), Secrets.redact(e.spec().options()),
                        e.descriptor().access().readsCatalog())).toList(),
                plan.autoIterations() ? "auto" : plan.iterations(), plan.autoIterations() ? plan.iterations() : null,
                plan.autoIterations() ? plan.autoTimeCap().toMillis() : null, plan.warmup(),
                plan.freshProcessColdRuns() > 0 ? "fresh-process" : "first-run", plan.freshProcessColdRuns(),
                request.dropCaches(), plan.dropCaches(), plan.engineTimeout().toMillis(),
                plan.queryTimeout() == null ? null : plan.queryTimeout().toMillis(), plan.parallel(), plan.contended(),
                plan.answerTolerance(), plan.reference(), plan.allowWrites(), request.output().toAbsolutePath().toString());
    }
}
