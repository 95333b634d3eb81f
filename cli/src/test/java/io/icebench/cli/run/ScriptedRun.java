package io.icebench.cli.run;

import io.icebench.cli.engine.EngineDescriptor;
import io.icebench.cli.engine.EngineSpec;
import io.icebench.cli.engine.IcebergAccess;
import io.icebench.core.config.CatalogConnection;
import io.icebench.core.model.BenchmarkResults;
import io.icebench.core.model.EngineRun;
import io.icebench.core.model.IterationResult;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A run of the real coordinator ({@link BenchmarkRunner}) on {@link ScriptedEngine}s: queries without tables,
 * settings as small as a test needs. Every iteration the listeners hear is kept.
 */
public final class ScriptedRun {

    private final Path logDir;
    private final Map<String, ScriptedEngine> engines = new LinkedHashMap<>();
    private final List<RunPlan.PlannedEngine> unavailable = new ArrayList<>();
    private final List<Query> queries = new ArrayList<>();
    private final List<IterationResult> heard = Collections.synchronizedList(new ArrayList<>());
    private final List<String> started = Collections.synchronizedList(new ArrayList<>());
    private int iterations = 3;
    private boolean auto;
    private Duration timeCap = Duration.ofMinutes(1);
    private int warmup = 1;
    private int freshProcessColdRuns;
    private Duration engineTimeout = Duration.ofMinutes(1);
    private Duration queryTimeout;
    private int parallel = 1;
    private Double tolerance = 1e-9;
    private String reference;
    private BenchmarkRunner runner;

    public ScriptedRun(Path logDir) {
        this.logDir = logDir;
    }

    public ScriptedRun engine(String label, ScriptedEngine engine) {
        engines.put(label, engine);
        return this;
    }

    /** An engine that cannot run here. */
    public ScriptedRun unavailableEngine(String label, String why) {
        unavailable.add(new RunPlan.PlannedEngine(
                new EngineSpec(label, label, new LinkedHashMap<>()),
                EngineDescriptor.unavailable(label, "jvm", "scripted", "files", why)));
        return this;
    }

    public ScriptedRun queries(String... ids) {
        for (String id : ids) {
            queries.add(new Query(id, "SELECT " + id.length()));
        }
        return this;
    }

    public ScriptedRun iterations(int count) {
        this.iterations = count;
        return this;
    }

    public ScriptedRun autoIterations(int max, Duration cap) {
        this.auto = true;
        this.iterations = max;
        this.timeCap = cap;
        return this;
    }

    public ScriptedRun warmup(int runs) {
        this.warmup = runs;
        return this;
    }

    public ScriptedRun freshProcessColdRuns(int runs) {
        this.freshProcessColdRuns = runs;
        return this;
    }

    public ScriptedRun engineTimeout(Duration timeout) {
        this.engineTimeout = timeout;
        return this;
    }

    public ScriptedRun queryTimeout(Duration timeout) {
        this.queryTimeout = timeout;
        return this;
    }

    public ScriptedRun parallel(int engineCount) {
        this.parallel = engineCount;
        return this;
    }

    public ScriptedRun reference(String label) {
        this.reference = label;
        return this;
    }

    public ScriptedRun noVerification() {
        this.tolerance = null;
        return this;
    }

    public RunPlan plan() {
        List<RunPlan.PlannedEngine> planned = new ArrayList<>();
        engines.keySet()
                .forEach(label -> planned.add(new RunPlan.PlannedEngine(
                        new EngineSpec(label, label, new LinkedHashMap<>()),
                        new EngineDescriptor(
                                label,
                                "jvm",
                                "scripted",
                                "files",
                                List.of("scripted"),
                                Map.of(),
                                false,
                                Map.of(),
                                null,
                                IcebergAccess.FILES_WITHOUT_DELETES))));
        planned.addAll(unavailable);
        return new RunPlan(
                CatalogConnection.hive("thrift://127.0.0.1:1"),
                "warehouse",
                "tpch",
                List.of(),
                queries,
                planned,
                iterations,
                auto,
                timeCap,
                warmup,
                freshProcessColdRuns,
                false,
                engineTimeout,
                queryTimeout,
                parallel,
                false,
                tolerance,
                reference,
                false,
                logDir,
                null);
    }

    /** The coordinator for this run, its workers started by the scripted engines. */
    public BenchmarkRunner runner() {
        if (runner == null) {
            WorkerStarter starter =
                    (engine, log) -> engines.get(engine.spec().label()).start(engine, log);
            runner = new BenchmarkRunner(
                    plan(),
                    new RunListener() {
                        @Override
                        public void iteration(IterationResult result, int of) {
                            heard.add(result);
                        }

                        @Override
                        public void queryStarted(String engine, Query query) {
                            started.add(engine + " " + query.id());
                        }
                    },
                    new ResultsAssembler(EnvironmentProbe.probe(Map.of()), null),
                    starter);
        }
        return runner;
    }

    public BenchmarkResults run() {
        return runner().run();
    }

    /** The queries the listeners heard start, as "engine query", in order. */
    public List<String> started() {
        return List.copyOf(started);
    }

    /** The iterations the listeners heard, in order. */
    public List<IterationResult> heard() {
        return List.copyOf(heard);
    }

    public static EngineRun engine(BenchmarkResults results, String label) {
        return results.engines().stream()
                .filter(e -> e.name().equals(label))
                .findFirst()
                .orElseThrow();
    }
}
