package io.icebench.cli.report;

import io.icebench.cli.run.RunSummary;
import io.icebench.cli.scale.ScaleResults;
import io.icebench.cli.scale.ScaleResults.Execution;
import io.icebench.cli.scale.ScaleResults.LevelRun;
import io.icebench.cli.scale.ScaleSummary;
import io.icebench.core.model.BenchmarkResults;
import io.icebench.core.model.EngineRun;
import io.icebench.core.model.EngineStatus;
import io.icebench.core.model.Environment;
import io.icebench.core.model.ErrorKind;
import io.icebench.core.model.Failure;
import io.icebench.core.model.IterationResult;
import io.icebench.core.model.Planning;
import io.icebench.core.model.QueryRun;
import io.icebench.core.model.QueryStatus;
import io.icebench.core.model.ResultPreview;
import io.icebench.core.model.RunSettings;
import io.icebench.core.model.Stats;
import io.icebench.core.model.TableInfo;
import io.icebench.core.stats.Statistics;
import io.icebench.core.verify.QueryVerification;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One run's results and one scale run's, built by hand so that every report can be checked against a golden
 * file: duckdb answers the three queries, polars answers q1 alike, fails q2 and answers q3 differently (which the
 * verdict counts as a failure), arrow cannot run here.
 */
final class FixedResults {

    private static final Environment ENVIRONMENT = new Environment(
            "Linux 6.1 (amd64)",
            "Test CPU @ 2.0GHz",
            2,
            24L << 30,
            "17.0.12 (Eclipse Adoptium)",
            "0.1.0-SNAPSHOT",
            "bench-host",
            "2026-11-30T12:00:00Z",
            Map.of("data_dir", "/data/icebench"));
    private static final String Q1 = "SELECT l_returnflag, COUNT(*) FROM lineitem GROUP BY l_returnflag";
    private static final String Q2 = "SELECT SUM(l_extendedprice) FROM lineitem";
    private static final String Q3 = "SELECT l_linestatus, SUM(l_quantity) FROM lineitem GROUP BY l_linestatus";

    private FixedResults() {}

    static BenchmarkResults run() {
        List<EngineRun> engines = List.of(
                new EngineRun(
                        "duckdb",
                        "duckdb",
                        "1.4.2",
                        EngineStatus.OK,
                        null,
                        412.5,
                        388.25,
                        150L << 20,
                        1,
                        "/logs/duckdb.log",
                        List.of(
                                ok("duckdb", "q1", Q1, 40.0, 200L << 20, "aa11"),
                                ok("duckdb", "q2", Q2, 12.0, 180L << 20, "bb22"),
                                ok("duckdb", "q3", Q3, 30.0, 190L << 20, "dd44"))),
                new EngineRun(
                        "polars",
                        "polars",
                        "1.44.2",
                        EngineStatus.FAILED,
                        null,
                        950.0,
                        120.5,
                        90L << 20,
                        1,
                        "/logs/polars.log",
                        List.of(
                                ok("polars", "q1", Q1, 95.0, 120L << 20, "aa11"),
                                failed("q2", Q2),
                                ok("polars", "q3", Q3, 20.0, 110L << 20, "cc33"))),
                new EngineRun(
                        "arrow",
                        "arrow",
                        null,
                        EngineStatus.UNAVAILABLE,
                        Failure.of(
                                ErrorKind.UNSUPPORTED, "arrow cannot apply equality delete files; use duckdb or spark"),
                        null,
                        null,
                        null,
                        0,
                        null,
                        List.of()));
        QueryVerification match = new QueryVerification(
                "q1",
                QueryVerification.MATCH,
                ordered("duckdb", "match", "polars", "match"),
                List.of("duckdb", "polars"),
                List.of(List.of("duckdb", "polars")),
                "engine",
                List.of(),
                List.of(),
                "rows sorted before comparing; floats within 1e-6");
        QueryVerification mismatch = new QueryVerification(
                "q3",
                QueryVerification.MISMATCH,
                ordered("duckdb", "match", "polars", "mismatch"),
                List.of("duckdb"),
                List.of(List.of("duckdb"), List.of("polars")),
                "engine",
                List.of(new QueryVerification.Mismatch(
                        "polars",
                        "duckdb",
                        1,
                        List.of("N", new BigDecimal("1478870.00")),
                        List.of("N", new BigDecimal("1478869.00")),
                        "column 2: 1478869 ≠ 1478870")),
                List.of(),
                "rows sorted before comparing; floats within 1e-6");
        QueryVerification unverified = new QueryVerification(
                "q2",
                QueryVerification.UNVERIFIED,
                ordered("duckdb", "unverified"),
                List.of("duckdb"),
                List.of(List.of("duckdb")),
                null,
                List.of(),
                List.of(),
                "fewer than two answers");
        RunSettings settings = new RunSettings(
                "tpch",
                null,
                null,
                "tpch_sf0_01",
                "Hive Metastore thrift://127.0.0.1:9083",
                List.of(
                        new RunSettings.EngineSetting("duckdb", "duckdb", Map.of(), false),
                        new RunSettings.EngineSetting("polars", "polars", Map.of("threads", "2"), false),
                        new RunSettings.EngineSetting("arrow", "arrow", Map.of(), false)),
                3,
                null,
                null,
                1,
                "first-run",
                0,
                false,
                false,
                600_000,
                null,
                1,
                false,
                1e-6,
                "duckdb",
                false,
                "/work/benchmark_results.json",
                null,
                null);
        TableInfo lineitem = new TableInfo(
                "hive.tpch_sf0_01.lineitem",
                "file:/data/warehouse/tpch_sf0_01/lineitem",
                5_551_234_567_890L,
                2,
                0,
                60_175,
                2_123_456,
                new Planning(143.5, 1, 2, 0, 0, 0));
        return new BenchmarkResults(
                "1",
                ENVIRONMENT,
                settings,
                "thrift://127.0.0.1:9083",
                List.of(lineitem),
                engines,
                List.of(match, unverified, mismatch),
                RunSummary.of(engines, List.of(match, unverified, mismatch)),
                false);
    }

    /** {@link #run()} as {@code --iterations 0} makes it: each query's cold run alone, no measured runs. */
    static BenchmarkResults coldOnly() {
        BenchmarkResults run = run();
        List<EngineRun> engines = run.engines().stream()
                .map(e -> e.withQueries(
                        e.queries().stream().map(FixedResults::coldRunOnly).toList()))
                .toList();
        return new BenchmarkResults(
                run.formatVersion(),
                run.environment(),
                run.settings(),
                run.metastore(),
                run.tables(),
                engines,
                run.verification(),
                RunSummary.of(engines, run.verification()),
                false);
    }

    private static QueryRun coldRunOnly(QueryRun q) {
        return new QueryRun(
                q.id(),
                q.sql(),
                q.status(),
                q.error(),
                q.coldMs(),
                q.coldPeakRssBytes(),
                null,
                null,
                List.of(),
                null,
                q.rows(),
                q.fingerprint(),
                q.resultPreview(),
                q.variant(),
                null,
                q.answer());
    }

    private static QueryRun ok(String engine, String id, String sql, double base, long rss, String fingerprint) {
        List<IterationResult> measured = new ArrayList<>();
        double[] ms = {base, base * 1.05, base * 0.97};
        for (int i = 0; i < ms.length; i++) {
            measured.add(new IterationResult(
                    engine, id, "measured", i + 1, ms[i], ms[i] + 1.5, rss, 3, fingerprint, 0.25, false, null));
        }
        Stats stats = Statistics.summarise(ms);
        ResultPreview preview = new ResultPreview(
                List.of("l_returnflag", "count"),
                List.of("text", "integer"),
                List.of(List.of("A", 1478493), List.of("N", 1478870)));
        return new QueryRun(
                id,
                sql,
                QueryStatus.OK,
                null,
                base * 3,
                rss + (8L << 20),
                null,
                null,
                measured,
                stats,
                3L,
                fingerprint,
                preview,
                null,
                null,
                preview);
    }

    private static QueryRun failed(String id, String sql) {
        return new QueryRun(
                id,
                sql,
                QueryStatus.FAILED,
                Failure.of(ErrorKind.SQL_ERROR, "SQLInterface error: unsupported interval syntax\n  at line 1"),
                null,
                null,
                null,
                null,
                List.of(),
                null,
                null,
                null,
                null,
                null,
                null,
                null);
    }

    private static Map<String, String> ordered(String... keysAndValues) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    static ScaleResults scale() {
        List<LevelRun> runs = List.of(
                new LevelRun(
                        1,
                        1,
                        900.0,
                        6_000.0,
                        12,
                        120.0,
                        null,
                        List.of(new Execution(1, "q6", 480.0), new Execution(1, "q6", 520.0))),
                new LevelRun(
                        2,
                        1,
                        1_100.0,
                        3_400.0,
                        12,
                        211.8,
                        null,
                        List.of(new Execution(1, "q6", 560.0), new Execution(2, "q6", 570.0))),
                new LevelRun(4, 1, 1_500.0, 0.0, 0, 0.0, "crash: worker 3 exited with code 137", List.of()));
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("engine", "duckdb");
        settings.put("options", Map.of());
        settings.put("clients", List.of(1, 2, 4));
        settings.put("total_queries", 12);
        settings.put("mode", "processes");
        settings.put("repeats", 1);
        settings.put("queries", List.of("q6"));
        settings.put("namespace", "tpch_sf0_01");
        return new ScaleResults("1", "scale", ENVIRONMENT, settings, List.of(), runs, ScaleSummary.of(runs, 12), null);
    }
}
