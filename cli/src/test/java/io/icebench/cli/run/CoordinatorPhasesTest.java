package io.icebench.cli.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.icebench.core.model.BenchmarkResults;
import io.icebench.core.model.EngineRun;
import io.icebench.core.model.EngineStatus;
import io.icebench.core.model.IterationResult;
import io.icebench.core.model.QueryRun;
import io.icebench.core.model.Stats;
import io.icebench.core.stats.Statistics;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The coordinator's phases, iteration counts and statistics, on scripted engines. */
class CoordinatorPhasesTest {

    @TempDir
    Path logs;

    @Test
    void eachQueryHasOneColdRunThenWarmupsThenTheMeasuredRuns() {
        ScriptedEngine engine = new ScriptedEngine("1.0");
        ScriptedRun run = new ScriptedRun(logs)
                .engine("a", engine)
                .queries("q1", "q2")
                .warmup(2)
                .iterations(4);

        EngineRun result = ScriptedRun.engine(run.run(), "a");

        assertThat(run.started()).as("the console heads each query's runs").containsExactly("a q1", "a q2");
        assertThat(run.heard())
                .extracting(IterationResult::query, IterationResult::phase, IterationResult::iteration)
                .containsExactly(
                        tuple("q1", "cold", 1),
                        tuple("q1", "warmup", 1),
                        tuple("q1", "warmup", 2),
                        tuple("q1", "measured", 1),
                        tuple("q1", "measured", 2),
                        tuple("q1", "measured", 3),
                        tuple("q1", "measured", 4),
                        tuple("q2", "cold", 1),
                        tuple("q2", "warmup", 1),
                        tuple("q2", "warmup", 2),
                        tuple("q2", "measured", 1),
                        tuple("q2", "measured", 2),
                        tuple("q2", "measured", 3),
                        tuple("q2", "measured", 4));
        assertThat(engine.executions("q1")).isEqualTo(7);
        assertThat(result.status()).isEqualTo(EngineStatus.OK);
        assertThat(result.version()).isEqualTo("1.0");
        assertThat(result.workerStarts()).isEqualTo(1);
        assertThat(result.queries()).allSatisfy(q -> {
            assertThat(q.iterations()).hasSize(4).allMatch(i -> i.phase().equals("measured"));
            assertThat(q.stoppedBy()).isNull();
        });
    }

    @Test
    void theScriptedTimingsBecomeTheQueryRunsStatistics() {
        double[] measured = {100, 102, 98, 101, 99, 103, 97, 100, 104, 96};
        double[] script = new double[measured.length + 2];
        script[0] = 500; // cold
        script[1] = 300; // warm-up
        System.arraycopy(measured, 0, script, 2, measured.length);
        ScriptedEngine engine = new ScriptedEngine("1.0")
                .timings("q1", script)
                .peakMemory(123_456_789L)
                .result("q1", new ScriptedEngine.Result(List.of("n"), List.of(List.of(42L), List.of(43L)), "fp-42"));
        ScriptedRun run = new ScriptedRun(logs)
                .engine("a", engine)
                .queries("q1")
                .warmup(1)
                .iterations(10);

        BenchmarkResults results = run.run();
        QueryRun q1 = ScriptedRun.engine(results, "a").queries().get(0);

        Stats expected = Statistics.summarise(measured);
        assertThat(q1.coldMs()).isEqualTo(500.0);
        assertThat(q1.iterations())
                .extracting(IterationResult::ms)
                .containsExactly(100.0, 102.0, 98.0, 101.0, 99.0, 103.0, 97.0, 100.0, 104.0, 96.0);
        assertThat(q1.stats().n()).isEqualTo(10);
        assertThat(q1.stats().medianMs()).isEqualTo(100.0);
        assertThat(q1.stats()).isEqualTo(expected);
        assertThat(q1.stats().ciLowMs()).isLessThan(100.0);
        assertThat(q1.stats().ciHighMs()).isGreaterThan(100.0);
        assertThat(q1.rows()).isEqualTo(2);
        assertThat(q1.fingerprint()).isEqualTo("fp-42");
        assertThat(q1.resultPreview().rows()).containsExactly(List.of(42L), List.of(43L));
        assertThat(q1.coldPeakRssBytes()).isEqualTo(123_456_789L);
        assertThat(ScriptedRun.engine(results, "a").peakRssBytes()).isEqualTo(123_456_789L);
        assertThat(results.summary().fastest()).isEqualTo("a");
    }

    @Test
    void autoIterationsStopAtSixRunsWhenTheMedianIsPreciseAlready() {
        ScriptedEngine engine = new ScriptedEngine("1.0").timings("q1", 50, 20);
        ScriptedRun run = new ScriptedRun(logs)
                .engine("a", engine)
                .queries("q1")
                .warmup(0)
                .autoIterations(100, Duration.ofHours(1));

        QueryRun q1 = ScriptedRun.engine(run.run(), "a").queries().get(0);

        assertThat(q1.iterations()).hasSize(6);
        assertThat(q1.stoppedBy()).isEqualTo("precision");
        assertThat(run.heard()).filteredOn(i -> i.phase().equals("measured")).hasSize(6);
    }

    @Test
    void autoIterationsOfNoisyTimingsStopAtTheMaximum() {
        ScriptedEngine engine =
                new ScriptedEngine("1.0").timings("q1", 50, 10, 1000, 10, 1000, 10, 1000, 10, 1000, 10, 1000);
        ScriptedRun run = new ScriptedRun(logs)
                .engine("a", engine)
                .queries("q1")
                .warmup(0)
                .autoIterations(8, Duration.ofHours(1));

        QueryRun q1 = ScriptedRun.engine(run.run(), "a").queries().get(0);

        assertThat(q1.iterations()).hasSize(8);
        assertThat(q1.stoppedBy()).isEqualTo("iterations");
    }

    @Test
    void freshProcessColdRunsEachStartAWorkerOfTheirOwn() {
        ScriptedEngine engine = new ScriptedEngine("1.0").timings("q1", 70);
        ScriptedRun run = new ScriptedRun(logs)
                .engine("a", engine)
                .queries("q1")
                .freshProcessColdRuns(3)
                .iterations(2);

        QueryRun q1 = ScriptedRun.engine(run.run(), "a").queries().get(0);

        assertThat(engine.starts()).isEqualTo(4); // the engine's worker and three fresh ones
        assertThat(q1.freshProcessColdRuns())
                .hasSize(3)
                .allSatisfy(c -> assertThat(c.ms()).isEqualTo(70.0));
        assertThat(q1.freshProcessColdStats().n()).isEqualTo(3);
        assertThat(engine.executions("q1")).isEqualTo(3 + 1 + 1 + 2);
    }

    @Test
    void enginesRunInParallelHaveTheirTimingsMarkedContended() {
        ScriptedRun run = new ScriptedRun(logs)
                .engine("a", new ScriptedEngine("1.0"))
                .engine("b", new ScriptedEngine("2.0"))
                .queries("q1")
                .parallel(2);

        BenchmarkResults results = run.run();

        assertThat(results.engines()).extracting(EngineRun::status).containsExactly(EngineStatus.OK, EngineStatus.OK);
        assertThat(run.heard()).hasSize(2 * (1 + 1 + 3)).allMatch(IterationResult::contended);
    }
}
