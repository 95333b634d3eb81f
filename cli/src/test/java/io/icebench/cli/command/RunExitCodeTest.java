package io.icebench.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import io.icebench.cli.Main;
import io.icebench.cli.run.ScriptedEngine;
import io.icebench.cli.run.ScriptedEngine.Fails;
import io.icebench.cli.run.ScriptedEngine.Hangs;
import io.icebench.cli.run.ScriptedRun;
import io.icebench.core.model.ErrorKind;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Each exit code of a benchmark run (README "Exit codes"), the runs made on scripted engines. */
class RunExitCodeTest {

    @TempDir
    Path logs;

    private static int exitCode(ScriptedRun run, boolean enginesNamed) {
        return RunExitCode.of(InterruptibleRun.run(run.runner(), results -> true, saved -> {}), enginesNamed);
    }

    @Test
    void zeroWhenEveryEngineRanEveryQueryAndTheAnswersAgree() {
        ScriptedRun run = new ScriptedRun(logs)
                .queries("q1", "q2")
                .engine("a", new ScriptedEngine("1"))
                .engine("b", new ScriptedEngine("2"));
        assertThat(exitCode(run, true)).isEqualTo(Main.OK).isZero();
    }

    @Test
    void oneWhenAQueryFailed() {
        ScriptedRun run = new ScriptedRun(logs)
                .queries("q1", "q2")
                .engine("a", new ScriptedEngine("1").steps("q2", new Fails(ErrorKind.SQL_ERROR, "syntax error")));
        assertThat(exitCode(run, true)).isEqualTo(Main.FAILURES).isEqualTo(1);
    }

    @Test
    void oneWhenTheEnginesAnswersDiffer() {
        ScriptedRun run = new ScriptedRun(logs)
                .queries("q1")
                .engine("a", new ScriptedEngine("1").result("q1", ScriptedEngine.Result.of("x", List.of(1L))))
                .engine("b", new ScriptedEngine("2").result("q1", ScriptedEngine.Result.of("y", List.of(2L))));
        assertThat(exitCode(run, true)).isEqualTo(1);
    }

    @Test
    void oneWhenTheResultsCouldNotBeSaved() {
        ScriptedRun run = new ScriptedRun(logs).queries("q1").engine("a", new ScriptedEngine("1"));
        assertThat(RunExitCode.of(InterruptibleRun.run(run.runner(), results -> false, saved -> {}), true))
                .isEqualTo(1);
    }

    @Test
    void anUnavailableEngineFailsTheRunOnlyWhenTheUserNamedIt() {
        ScriptedRun named = new ScriptedRun(logs)
                .queries("q1")
                .engine("a", new ScriptedEngine("1"))
                .unavailableEngine("x", "no jar");
        ScriptedRun everyEngine = new ScriptedRun(logs)
                .queries("q1")
                .engine("a", new ScriptedEngine("1"))
                .unavailableEngine("x", "no jar");
        assertThat(exitCode(named, true)).isEqualTo(1);
        assertThat(exitCode(everyEngine, false)).isZero();
    }

    @Test
    void oneHundredThirtyWhenCtrlCStoppedTheRunAfterWhatWasMeasuredWasSaved() throws Exception {
        ScriptedEngine engine = new ScriptedEngine("1").steps("q2", new Hangs());
        ScriptedRun run = new ScriptedRun(logs).queries("q1", "q2").engine("a", engine);
        AtomicBoolean savedBeforeAfterInterrupt = new AtomicBoolean();
        AtomicBoolean saveCalled = new AtomicBoolean();

        CompletableFuture<InterruptibleRun.Outcome> running = CompletableFuture.supplyAsync(() -> InterruptibleRun.run(
                run.runner(), results -> saveCalled.getAndSet(true) || true, savedBeforeAfterInterrupt::set));
        assertThat(engine.awaitHanging(Duration.ofSeconds(30))).isTrue();
        run.runner().abort(); // what the shutdown hook does on Ctrl-C
        InterruptibleRun.Outcome outcome = running.get(30, TimeUnit.SECONDS);

        assertThat(RunExitCode.of(outcome, true)).isEqualTo(Main.INTERRUPTED).isEqualTo(130);
        assertThat(outcome.results().interrupted()).isTrue();
        assertThat(outcome.results().engines().get(0).queries().get(0).ok()).isTrue();
        assertThat(saveCalled).isTrue();
        assertThat(savedBeforeAfterInterrupt).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "--iterations=0",
                "--iterations=soon",
                "--warmup=-1",
                "--parallel=0",
                "--tolerance=1",
                "--max-iterations=20",
                "--cold-runs=2",
                "--cold=lukewarm",
                "--timeout=never",
                "--snapshot=orders",
                "--jdbc=pg=postgresql://h/db",
                "--spark-conf=novalue",
                "--no-such-option"
            })
    void twoForAUsageErrorWithOneLineSayingWhatIsWrong(String option) {
        StringWriter err = new StringWriter();
        int exit = Main.commandLine().setErr(new PrintWriter(err, true)).execute("run", option, "SELECT 1");

        assertThat(exit).isEqualTo(Main.USAGE).isEqualTo(2);
        assertThat(err.toString()).startsWith("icebench: ").doesNotContain("\tat ");
        assertThat(err.toString().strip().lines()).hasSize(1);
    }

    @Test
    void twoFromQuickstartBeforeAnythingIsStarted() {
        StringWriter err = new StringWriter();
        int exit = Main.commandLine().setErr(new PrintWriter(err, true)).execute("quickstart", "--warmup=-1");

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("--warmup must be 0 or more");
    }
}
