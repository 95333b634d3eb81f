package io.icebench.cli.command;

import io.icebench.catalog.IcebergCatalog;
import io.icebench.cli.IcebenchContext;
import io.icebench.cli.Main;
import io.icebench.cli.report.Format;
import io.icebench.cli.report.ResultsFile;
import io.icebench.cli.run.BenchmarkRunner;
import io.icebench.cli.run.EnvironmentProbe;
import io.icebench.cli.run.ResultsAssembler;
import io.icebench.cli.run.RunListener;
import io.icebench.cli.run.RunPlan;
import io.icebench.cli.scale.DataScaling;
import io.icebench.cli.scale.ScaleResults;
import io.icebench.cli.suite.Suite;
import io.icebench.cli.suite.Suites;
import io.icebench.core.config.CatalogConnection;
import io.icebench.core.config.ConfigException;
import io.icebench.core.model.EngineRun;
import io.icebench.core.model.QueryRun;
import io.icebench.core.model.TableInfo;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code icebench scale --scales 0.01,0.1,1}: one engine's query times at several sizes of a suite's generated tables. */
final class DataScalingRun implements Callable<Integer> {

    private final String engine;
    private final List<Double> scales;
    private final List<String> queries;
    private final String suite;
    private final int repeats;
    private final List<String> engineOptions;
    private final Path output;
    private final CatalogOptions catalogOptions;

    DataScalingRun(
            String engine,
            List<Double> scales,
            List<String> queries,
            String suite,
            int repeats,
            List<String> engineOptions,
            Path output,
            CatalogOptions catalogOptions) {
        this.catalogOptions = catalogOptions;
        this.engine = engine;
        this.scales = scales;
        this.queries = queries;
        this.suite = suite;
        this.repeats = repeats;
        this.engineOptions = engineOptions;
        this.output = output;
    }

    /** {@code tpch_sf0_01} for the namespace tpch at 0.01, {@code tpch_sf1} at 1. */
    static String namespace(String base, double scale) {
        return base + "_sf"
                + BigDecimal.valueOf(scale).stripTrailingZeros().toPlainString().replace('.', '_');
    }

    @Override
    public Integer call() throws Exception {
        if (scales.size() < 2
                || scales.stream().anyMatch(sf -> !(sf > 0))
                || scales.stream().distinct().count() != scales.size()) {
            throw new ConfigException("--scales needs two or more distinct positive scale factors, e.g. 0.01,0.1,1");
        }
        if (repeats < 1) {
            throw new ConfigException("--repeats must be at least 1");
        }
        Suite chosen = Suites.load(suite);
        if (chosen.generator().isEmpty()) {
            throw new ConfigException("--scales generates the suite's tables at each scale factor, and suite "
                    + chosen.name() + " names no generator: in its suite.yaml; use --clients on your own tables");
        }
        String base = chosen.namespace();
        IcebenchContext context = IcebenchContext.load().choose(catalogOptions.choice());
        ResultsFile resultsFile = new ResultsFile(output);
        resultsFile.checkWritable();
        BenchmarkPlanner planner = new BenchmarkPlanner(context, System.out);
        List<DataScaling.Point> points = new ArrayList<>();
        List<TableInfo> tables = new ArrayList<>();
        boolean failed = false;
        try {
            CatalogConnection connection = context.connection(System.out);
            for (double sf : scales) {
                String namespace = namespace(base, sf);
                try (IcebergCatalog catalog = context.catalog(connection)) {
                    SuiteGeneration.run(chosen, catalog, sf, namespace, System.out);
                }
                RunPlan plan = planner.plan(BenchmarkRequest.builder()
                        .suite(suite)
                        .onlyQueries(new LinkedHashSet<>(queries))
                        .namespace(namespace)
                        .engines(List.of(engine))
                        .engineOptions(engineOptions)
                        .iterations(Iterations.fixed(repeats))
                        .warmup(1)
                        .answers(BenchmarkRequest.AnswerCheck.OFF)
                        .output(output)
                        .writeReport(false)
                        .keepMetastore(true)
                        .build());
                plan.tables().forEach(t -> tables.add(TableInfo.of(t)));
                EngineRun run = new BenchmarkRunner(
                                plan,
                                new RunListener() {},
                                new ResultsAssembler(EnvironmentProbe.probe(Map.of()), null))
                        .run()
                        .engines()
                        .get(0);
                Map<String, Double> medians = new LinkedHashMap<>();
                for (QueryRun q : run.queries()) {
                    if (q.ok() && q.stats() != null) {
                        medians.put(q.id(), q.stats().medianMs());
                    } else {
                        failed = true;
                        System.out.println("   ❌ " + q.id() + " at SF " + sf + ": "
                                + (q.error() == null
                                        ? "no measurement"
                                        : q.error().oneLine()));
                    }
                }
                if (run.error() != null) {
                    throw new ConfigException(
                            engine + " failed at SF " + sf + ": " + run.error().oneLine());
                }
                double total = medians.values().stream()
                        .mapToDouble(Double::doubleValue)
                        .sum();
                points.add(new DataScaling.Point(sf, namespace, medians, total));
                System.out.printf(
                        Locale.ROOT,
                        "📏 SF %-6s %s, total %s%n",
                        sf,
                        String.join(
                                ", ",
                                medians.entrySet().stream()
                                        .map(e -> e.getKey() + " " + Format.ms(e.getValue()))
                                        .toList()),
                        Format.ms(total));
            }
        } finally {
            StopIfStarted.stop(context, System.out);
        }
        DataScaling scaling = DataScaling.of(points);
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("engine", engine);
        settings.put("scales", scales);
        settings.put("queries", queries);
        settings.put("repeats", repeats);
        resultsFile.write(new ScaleResults(
                "1",
                "data-scaling",
                EnvironmentProbe.probe(Map.of()),
                settings,
                tables,
                List.of(),
                List.of(),
                scaling));
        System.out.println("📈 Growth exponent b of time ∝ SF^b (least squares on logarithms; 1 = linear):");
        scaling.fits()
                .forEach(f -> System.out.printf(
                        Locale.ROOT, "   %-8s b = %.2f (R² %.3f)%n", f.query(), f.exponent(), f.rSquared()));
        System.out.println("💾 Results: " + resultsFile.path());
        return failed ? Main.FAILURES : Main.OK;
    }
}
