package io.icebench.cli.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.icebench.cli.run.ScriptedEngine.Answers;
import io.icebench.cli.run.ScriptedEngine.AnswersSlowly;
import io.icebench.cli.run.ScriptedEngine.Crashes;
import io.icebench.cli.run.ScriptedEngine.Fails;
import io.icebench.cli.run.ScriptedEngine.Hangs;
import io.icebench.core.model.EngineRun;
import io.icebench.core.model.ErrorKind;
import io.icebench.core.model.IterationResult;
import io.icebench.core.model.QueryRun;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Measured runs go to the worker as series of runs back to back; what ends a series early ends it cleanly. */
class MeasuredSeriesTest {

    @TempDir
    Path logs;

    @Test
    void theMeasuredRunsOfAFastQueryAreOneRequestAndEachIsRecorded() {
        ScriptedEngine engine = new ScriptedEngine("1.0").timings("q1", 30, 12, 10, 11, 9, 10, 10, 12, 10, 10, 11, 10);
        ScriptedRun run = new ScriptedRun(logs)
                .engine("a", engine)
                .queries("q1")
                .warmup(1)
                .iterations(10);

        QueryRun q1 = ScriptedRun.engine(run.run(), "a").queries().get(0);

        assertThat(engine.executeRequests()).as("cold, warm-up, one series").isEqualTo(3);
        assertThat(engine.executions("q1")).isEqualTo(12);
        assertThat(q1.iterations())
                .filteredOn(i -> i.phase().equals("measured"))
                .extracting(IterationResult::iteration)
                .containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        assertThat(q1.stats().medianMs()).isEqualTo(10.0);
        assertThat(run.heard()).hasSize(12);
    }

    @Test
    void aSeriesSharesItsRoundTripLessItsRunsTimesEquallyAmongItsRuns() {
        ScriptedEngine engine = new ScriptedEngine("1.0")
                .steps("q1", new Answers(5), new Answers(5), new AnswersSlowly(1, 30), new AnswersSlowly(2, 30));
        ScriptedRun run = new ScriptedRun(logs)
                .engine("a", engine)
                .queries("q1")
                .warmup(1)
                .iterations(4);

        QueryRun q1 = ScriptedRun.engine(run.run(), "a").queries().get(0);

        assertThat(engine.executeRequests()).isEqualTo(3);
        List<IterationResult> measured = q1.iterations().stream()
                .filter(i -> i.phase().equals("measured"))
                .toList();
        double share = measured.get(0).roundtripMs() - measured.get(0).ms();
        assertThat(share)
                .as("four runs of 30 ms wall, 7 ms of it theirs: (120 - 7) / 4 at least")
                .isGreaterThan(28);
        assertThat(measured).extracting(IterationResult::ms).containsExactly(1.0, 2.0, 2.0, 2.0);
        assertThat(measured)
                .allSatisfy(i -> assertThat(i.roundtripMs() - i.ms()).isCloseTo(share, within(1e-9)));
    }

    @Test
    void anOutOfMemoryInASeriesReplacesTheWorkerForTheNextQuery() {
        ScriptedEngine engine = new ScriptedEngine("1.0")
                .steps("q1", new Answers(10), new Answers(10), new Answers(10), new Fails(ErrorKind.OOM, "heap"));
        ScriptedRun run =
                new ScriptedRun(logs).engine("a", engine).queries("q1", "q2").iterations(10);

        EngineRun result = ScriptedRun.engine(run.run(), "a");

        assertThat(result.queries().get(0).error().kind()).isEqualTo(ErrorKind.OOM);
        assertThat(result.queries().get(1).ok()).isTrue();
        assertThat(result.workerStarts()).isEqualTo(2);
    }

    @Test
    void aRunOverTheQueryTimeoutInASeriesFailsTheQueryAsATimeout() {
        ScriptedEngine engine = new ScriptedEngine("1.0").timings("q1", 10, 10, 10, 10, 80, 10);
        ScriptedRun run = new ScriptedRun(logs)
                .engine("a", engine)
                .queries("q1", "q2")
                .warmup(1)
                .iterations(10)
                .queryTimeout(Duration.ofMillis(50));

        EngineRun result = ScriptedRun.engine(run.run(), "a");

        assertThat(result.queries().get(0).error().kind()).isEqualTo(ErrorKind.TIMEOUT);
        assertThat(result.queries().get(0).error().message())
                .isEqualTo("q1 took 80 ms in a series of runs, over --query-timeout 50 ms");
        assertThat(result.queries().get(1).ok()).isTrue();
    }

    @Test
    void anAutoRunAsksItsStopRuleAfterTheSixthRunAndStopsThere() {
        ScriptedEngine engine = new ScriptedEngine("1.0").timings("q1", 10);
        ScriptedRun run = new ScriptedRun(logs)
                .engine("a", engine)
                .queries("q1")
                .warmup(1)
                .autoIterations(100, Duration.ofMinutes(1));

        QueryRun q1 = ScriptedRun.engine(run.run(), "a").queries().get(0);

        assertThat(q1.stats().n()).as("six equal runs reach the precision").isEqualTo(6);
        assertThat(engine.executeRequests()).isEqualTo(3);
    }

    @Test
    void anErrorInASeriesFailsTheQueryAndKeepsTheWorker() {
        ScriptedEngine engine = new ScriptedEngine("1.0")
                .steps(
                        "q1",
                        new Answers(10),
                        new Answers(10),
                        new Answers(10),
                        new Answers(10),
                        new Fails(ErrorKind.SQL_ERROR, "division by zero"));
        ScriptedRun run =
                new ScriptedRun(logs).engine("a", engine).queries("q1", "q2").iterations(10);

        EngineRun result = ScriptedRun.engine(run.run(), "a");

        assertThat(result.queries().get(0).error().message()).isEqualTo("division by zero");
        assertThat(engine.executions("q1")).as("the series ends at its error").isEqualTo(5);
        assertThat(result.queries().get(1).ok()).isTrue();
        assertThat(result.workerStarts()).isEqualTo(1);
    }

    @Test
    void aCrashOrAHangInASeriesCostsOnlyItsQuery() {
        ScriptedEngine crashing = new ScriptedEngine("1.0")
                .steps("q1", new Answers(10), new Answers(10), new Answers(10), new Crashes("SIGSEGV"));
        ScriptedEngine hanging =
                new ScriptedEngine("1.0").steps("q1", new Answers(10), new Answers(10), new Answers(10), new Hangs());
        ScriptedRun run = new ScriptedRun(logs)
                .engine("crashing", crashing)
                .engine("hanging", hanging)
                .queries("q1", "q2")
                .iterations(10)
                .queryTimeout(Duration.ofMillis(50));

        var results = run.run();

        EngineRun crashed = ScriptedRun.engine(results, "crashing");
        assertThat(crashed.queries().get(0).error().kind()).isEqualTo(ErrorKind.CRASH);
        assertThat(crashed.queries().get(1).ok()).isTrue();
        assertThat(crashed.workerStarts()).isEqualTo(2);
        EngineRun hung = ScriptedRun.engine(results, "hanging");
        assertThat(hung.queries().get(0).error().kind()).isEqualTo(ErrorKind.TIMEOUT);
        assertThat(hung.queries().get(0).error().message())
                .contains("q1 (a series of 10 runs, --query-timeout 50 ms each, none started after 2 s) did not finish"
                        + " within 2050 ms");
        assertThat(hung.queries().get(1).ok()).isTrue();
        assertThat(hung.workerStarts()).isEqualTo(2);
    }
}
