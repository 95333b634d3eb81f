package io.icebench.cli.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.icebench.cli.run.RunPlan;
import io.icebench.cli.run.ScriptedRun;
import io.icebench.core.model.TableSnapshot;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PaceHistoryTest {

    /** TPC-H's lineitem at scale factor 0.1 (dbgen's count; the generator's table of sizes is approximate). */
    private static final long LINEITEM_AT_SF_0_1 = 600_572;

    @TempDir
    Path dir;

    @Test
    void aPaceRememberedIsReadBackByTheNextRunOfTheSameWork() {
        Path file = dir.resolve("cache/pace-history.json");
        PaceHistory.load(file).remember("spark", "w1", new RunEta.Pace(8.5, 1.25, 0.75, 3.5));
        PaceHistory next = PaceHistory.load(file);
        assertThat(paceOf(next, "spark", "w1")).isEqualTo(new RunEta.Pace(8.5, 1.25, 0.75, 3.5));
        assertThat(paceOf(next, "spark", "w2")).isNull();
        assertThat(paceOf(next, "duckdb", "w1")).isNull();
    }

    @Test
    void aHistoryWrittenBeforeTheWarmUpWasKeptReadsAsNoWarmUp() throws Exception {
        Path file = dir.resolve("pace-history.json");
        PaceHistory.load(file).remember("spark", "w1", new RunEta.Pace(8.5, 1.25, 0.75, 3.5));
        String written = Files.readString(file);
        assertThat(written).contains("\"warm_up_seconds\":3.5");
        Files.writeString(file, written.replace(",\"warm_up_seconds\":3.5", ""));
        assertThat(paceOf(PaceHistory.load(file), "spark", "w1")).isEqualTo(new RunEta.Pace(8.5, 1.25, 0.75, 0));
    }

    @Test
    void theSecondsOfEachQueryAreKept() {
        Path file = dir.resolve("pace-history.json");
        RunEta.Pace pace = new RunEta.Pace(8.5, 1.25, 0.75, 3.5, java.util.Map.of("q1", 9.5, "q2", 1.25));
        PaceHistory.load(file).remember("spark", "w1", pace);
        assertThat(paceOf(PaceHistory.load(file), "spark", "w1")).isEqualTo(pace);
    }

    @Test
    void anUnreadableHistoryIsIgnored() throws Exception {
        Path file = Files.writeString(dir.resolve("pace-history.json"), "{not json");
        PaceHistory history = PaceHistory.load(file);
        assertThat(paceOf(history, "spark", "w1")).isNull();
        history.remember("spark", "w1", new RunEta.Pace(1, 2, 3, 4));
        assertThat(paceOf(PaceHistory.load(file), "spark", "w1")).isEqualTo(new RunEta.Pace(1, 2, 3, 4));
    }

    @Test
    void theWorkIsTheSameForTheSameQueriesAndRowsAndDiffersOtherwise() {
        RunPlan plan = new ScriptedRun(dir).queries("q1", "q6").plan();
        String work = PaceHistory.work(withTables(plan, 600_572));
        assertThat(PaceHistory.work(withTables(plan, 600_572))).isEqualTo(work);
        assertThat(PaceHistory.work(withTables(plan, 6_001_215))).isNotEqualTo(work);
        assertThat(PaceHistory.work(
                        withTables(new ScriptedRun(dir).queries("q1").plan(), 600_572)))
                .isNotEqualTo(work);
    }

    @Test
    void theReferencePacesAreForTheQuickstartsWorkAndStandBehindTheUsersOwn() {
        List<String> tables = io.icebench.catalog.generate.BenchmarkData.TPCH.tables().stream()
                .sorted()
                .map(table -> "tpch." + table + "="
                        + (table.equals("lineitem")
                                ? LINEITEM_AT_SF_0_1
                                : io.icebench.catalog.generate.TpchGenerator.expectedRows(table, 0.1)))
                .toList();
        String work = PaceHistory.work(
                io.icebench.cli.suite.Suites.load("tpch").queries(),
                tables,
                0,
                true,
                io.icebench.cli.command.QuickLook.MAX_ITERATIONS);
        java.util.Map<String, RunEta.Pace> reference = PaceHistory.reference();
        assertThat(reference.keySet())
                .as("re-record " + PaceHistory.REFERENCE
                        + " when the quickstart's queries or data change (docs/method.md)")
                .contains("duckdb {}" + work, "polars {}" + work)
                .anyMatch(key -> key.startsWith("spark {conf.spark.sql.") && key.endsWith("}" + work));
        assertThat(PaceHistory.load(dir.resolve("none.json"))
                        .remembered("spark", "{conf.spark.sql.shuffle.partitions=8}" + work))
                .as("on 8 cores: the same work with Spark's other setting")
                .isNotNull();

        Path file = dir.resolve("pace-history.json");
        PaceHistory first = PaceHistory.load(file);
        assertThat(first.remembered("spark", "{conf.spark.sql.shuffle.partitions=2}" + work)
                        .source())
                .isEqualTo(PaceHistory.Source.REFERENCE);
        assertThat(file).as("the user's own history, not written yet").doesNotExist();
        RunEta.Pace own = new RunEta.Pace(1, 2, 3, 4);
        first.remember("spark", "{conf.spark.sql.shuffle.partitions=2}" + work, own);
        assertThat(PaceHistory.load(file).remembered("spark", "{conf.spark.sql.shuffle.partitions=2}" + work))
                .isEqualTo(new PaceHistory.Remembered(own, PaceHistory.Source.OWN));
    }

    /** The pace remembered for the engine's work, the user's or the reference's; null when none is. */
    private static RunEta.Pace paceOf(PaceHistory history, String engine, String work) {
        PaceHistory.Remembered remembered = history.remembered(engine, work);
        return remembered == null ? null : remembered.pace();
    }

    private static RunPlan withTables(RunPlan plan, long rows) {
        TableSnapshot lineitem = new TableSnapshot(
                "warehouse", "tpch", "lineitem", "/t", 1, List.of(), List.of(), List.of(), rows, 0, null);
        return new RunPlan(
                plan.connection(),
                plan.catalog(),
                plan.defaultNamespace(),
                List.of(lineitem),
                plan.queries(),
                plan.engines(),
                plan.iterations(),
                plan.autoIterations(),
                plan.autoTimeCap(),
                plan.warmup(),
                plan.freshProcessColdRuns(),
                plan.dropCaches(),
                plan.engineTimeout(),
                plan.queryTimeout(),
                plan.parallel(),
                plan.printResults(),
                plan.answerTolerance(),
                plan.reference(),
                plan.allowWrites(),
                plan.logDir(),
                plan.suite());
    }
}
