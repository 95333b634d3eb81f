package io.icebench.cli.command;

import io.icebench.catalog.IcebergCatalog;
import io.icebench.cli.IcebenchContext;
import io.icebench.cli.command.BenchmarkRequest.EngineChoice;
import io.icebench.cli.command.BenchmarkRequest.Measurement;
import io.icebench.cli.engine.EngineDescriptor;
import io.icebench.cli.engine.EngineRegistry;
import io.icebench.cli.engine.EngineSpec;
import io.icebench.cli.run.PageCache;
import io.icebench.cli.run.Query;
import io.icebench.cli.run.RunPlan;
import io.icebench.cli.suite.Suite;
import io.icebench.cli.suite.SuiteRun;
import io.icebench.cli.suite.Suites;
import io.icebench.core.config.CatalogConnection;
import io.icebench.core.config.ConfigException;
import io.icebench.core.model.TableSnapshot;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns a request into a plan: the engines (names and options checked), the queries, the tables resolved
 * through the catalog (starting an embedded one if needed) and a fresh folder for the worker logs.
 */
final class BenchmarkPlanner {

    private final IcebenchContext context;
    private final PrintStream out;

    BenchmarkPlanner(IcebenchContext context, PrintStream out) {
        this.context = context;
        this.out = out;
    }

    RunPlan plan(BenchmarkRequest request) throws IOException {
        EngineRegistry registry = context.engines(out);
        List<EngineSpec> specs = specs(request.engines(), registry);
        EngineSpec.requireLabel(specs, request.answers().reference(), "--reference");
        Suite suite = request.workload().suite() == null
                ? null
                : Suites.load(request.workload().suite());
        List<Query> queries = RequestedQueries.of(
                request.workload(),
                suite,
                context.settings().catalogName(),
                specs.stream().map(EngineSpec::engine).distinct().toList());
        List<RunPlan.PlannedEngine> engines = new ArrayList<>();
        for (EngineSpec spec : specs) {
            EngineDescriptor descriptor = registry.get(spec).forSpec(spec, registry.settings());
            if (descriptor.available()) {
                descriptor.checkOptions(spec);
                refuseUnpinnableSnapshots(spec, descriptor, request.workload().snapshots());
            }
            engines.add(new RunPlan.PlannedEngine(spec, descriptor));
        }
        Measurement m = request.measurement();
        CatalogConnection connection = context.connection(out);
        try (IcebergCatalog catalog = context.catalog(connection)) {
            List<TableSnapshot> tables = RequestedTables.resolve(catalog, request.workload(), suite);
            SuiteRun suiteRun = suite == null
                    ? null
                    : SuiteRun.of(suite, catalog, request.workload().namespace(), tables, queries);
            if (suiteRun != null && !suiteRun.expected().isEmpty()) {
                out.println("📐 suite " + suiteRun.name() + " (" + suiteRun.hash() + "): expected answers at scale "
                        + suiteRun.scale() + " for " + suiteRun.expected().size() + " of " + queries.size()
                        + " queries");
            }
            return new RunPlan(
                    connection,
                    catalog.name(),
                    request.workload().namespace(),
                    tables,
                    queries,
                    engines,
                    m.iterations().count(),
                    m.iterations().auto(),
                    m.iterations().timeCap(),
                    m.warmup(),
                    m.freshProcessColdRuns(),
                    PageCache.usable(m.dropCaches(), out),
                    m.engineTimeout(),
                    m.queryTimeout(),
                    m.parallel(),
                    request.outputs().printResults(),
                    request.answers().tolerance(),
                    request.answers().reference(),
                    request.workload().allowWrites(),
                    logDir(),
                    suiteRun);
        }
    }

    /** An engine that reads the catalog's current snapshot would answer for another snapshot than --snapshot names. */
    private static void refuseUnpinnableSnapshots(
            EngineSpec spec, EngineDescriptor descriptor, Map<String, Long> pinned) {
        if (!pinned.isEmpty() && !descriptor.access().readsResolvedSnapshot()) {
            throw new ConfigException("--snapshot cannot be honoured by " + spec.label() + ": it reads the catalog's "
                    + "current snapshot of each table itself; run it without --snapshot, or leave " + spec.label()
                    + " out of --engines");
        }
    }

    /** The engines asked for (default: every one, so that one that cannot run here shows as unavailable). */
    private static List<EngineSpec> specs(EngineChoice choice, EngineRegistry registry) {
        List<String> names = choice.names();
        if (!choice.named()) {
            List<EngineDescriptor> all = registry.defaults();
            if (all.stream().noneMatch(EngineDescriptor::available)) {
                throw new ConfigException("no engine is available here; ./icebench engines says why");
            }
            names = all.stream().map(EngineDescriptor::name).toList();
        }
        List<EngineSpec> specs = EngineSpec.parse(names, choice.options(), choice.defaults());
        for (EngineSpec spec : specs) {
            registry.requireKnown(spec.engine());
        }
        return specs;
    }

    private Path logDir() throws IOException {
        Path dir = context.dataDir()
                .resolve("logs")
                .resolve("run-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS")));
        Files.createDirectories(dir);
        return dir;
    }
}
