package io.icebench.cli.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.icebench.cli.run.ScriptedEngine.Answers;
import io.icebench.cli.run.ScriptedEngine.Crashes;
import io.icebench.cli.run.ScriptedEngine.Fails;
import io.icebench.cli.run.ScriptedEngine.Hangs;
import io.icebench.core.model.BenchmarkResults;
import io.icebench.core.model.EngineRun;
import io.icebench.core.model.EngineStatus;
import io.icebench.core.model.ErrorKind;
import io.icebench.core.model.QueryRun;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the coordinator makes of workers that crash, hang, refuse or never open, on scripted engines. */
class CoordinatorFaultsTest {

    @TempDir
    Path logs;

    @Test
    void aCrashCostsOnlyItsQueryAndTheNextQueryGetsAFreshWorker() {
        ScriptedEngine engine = new ScriptedEngine("1.0").steps("q1", new Answers(10), new Crashes("SIGSEGV"));
        ScriptedRun run = new ScriptedRun(logs)
                .engine("a", engine)
                .queries("q1", "q2")
                .warmup(1)
                .iterations(3);

        EngineRun result = ScriptedRun.engine(run.run(), "a");

        QueryRun q1 = result.queries().get(0);
        assertThat(q1.ok()).isFalse();
        assertThat(q1.error().kind()).isEqualTo(ErrorKind.CRASH);
        assertThat(q1.error().message()).contains("SIGSEGV");
        assertThat(q1.coldMs()).as("the cold run before the crash is kept").isEqualTo(10.0);
        assertThat(result.queries().get(1).ok()).isTrue();
        assertThat(result.workerStarts()).isEqualTo(2);
        assertThat(result.status()).isEqualTo(EngineStatus.FAILED);
    }

    @Test
    void aQueryThatHangsTimesOutAndTheEngineGoesOn() {
        ScriptedEngine engine = new ScriptedEngine("1.0").steps("q1", new Answers(10), new Hangs());
        ScriptedRun run =
                new ScriptedRun(logs).engine("a", engine).queries("q1", "q2").queryTimeout(Duration.ofMillis(50));

        EngineRun result = ScriptedRun.engine(run.run(), "a");

        QueryRun q1 = result.queries().get(0);
        assertThat(q1.error().kind()).isEqualTo(ErrorKind.TIMEOUT);
        assertThat(q1.error().message()).contains("q1 (--query-timeout 50 ms) did not finish within 50 ms");
        assertThat(result.queries().get(1).ok()).isTrue();
        assertThat(result.workerStarts()).isEqualTo(2);
    }

    @Test
    void anSqlErrorKeepsTheWorkerAndAnOutOfMemoryReplacesIt() {
        ScriptedEngine engine = new ScriptedEngine("1.0")
                .steps("q1", new Fails(ErrorKind.SQL_ERROR, "no such column: x"))
                .steps("q2", new Fails(ErrorKind.OOM, "Java heap space"));
        ScriptedRun run = new ScriptedRun(logs).engine("a", engine).queries("q1", "q2", "q3");

        EngineRun result = ScriptedRun.engine(run.run(), "a");

        assertThat(result.queries())
                .extracting(q -> q.error() == null ? null : q.error().kind())
                .containsExactly(ErrorKind.SQL_ERROR, ErrorKind.OOM, null);
        assertThat(result.workerStarts())
                .as("q1's worker ran q2; q3 needed a new one")
                .isEqualTo(2);
    }

    @Test
    void anEngineThatCannotOpenEndsAsAnErrorWithoutQueries() {
        ScriptedEngine broken = new ScriptedEngine("1.0").failsToOpen(ErrorKind.CONNECTION, "cannot reach host");
        ScriptedRun run = new ScriptedRun(logs)
                .engine("a", broken)
                .engine("b", new ScriptedEngine("2.0"))
                .queries("q1");

        BenchmarkResults results = run.run();

        EngineRun a = ScriptedRun.engine(results, "a");
        assertThat(a.status()).isEqualTo(EngineStatus.ERROR);
        assertThat(a.error().kind()).isEqualTo(ErrorKind.CONNECTION);
        assertThat(a.queries()).isEmpty();
        assertThat(ScriptedRun.engine(results, "b").status())
                .as("one engine's failure never stops the others")
                .isEqualTo(EngineStatus.OK);
    }

    @Test
    void anUnavailableEngineIsReportedAndNeverStarted() {
        ScriptedRun run = new ScriptedRun(logs)
                .engine("a", new ScriptedEngine("1.0"))
                .unavailableEngine("x", "no jar")
                .queries("q1");

        EngineRun x = ScriptedRun.engine(run.run(), "x");

        assertThat(x.status()).isEqualTo(EngineStatus.UNAVAILABLE);
        assertThat(x.error().message()).isEqualTo("no jar");
        assertThat(x.workerStarts()).isZero();
    }

    @Test
    void abortingStopsTheHangingWorkerAndKeepsWhatWasMeasured() throws Exception {
        ScriptedEngine engine = new ScriptedEngine("1.0").steps("q2", new Hangs());
        ScriptedRun run = new ScriptedRun(logs).engine("a", engine).queries("q1", "q2", "q3");
        BenchmarkRunner runner = run.runner();

        CompletableFuture<BenchmarkResults> running = CompletableFuture.supplyAsync(runner::run);
        assertThat(engine.awaitHanging(Duration.ofSeconds(30))).isTrue();
        runner.abort();
        BenchmarkResults results = running.get(30, TimeUnit.SECONDS);

        EngineRun a = ScriptedRun.engine(results, "a");
        assertThat(results.interrupted()).isTrue();
        assertThat(a.status()).isEqualTo(EngineStatus.INTERRUPTED);
        assertThat(a.queries()).extracting(QueryRun::id).containsExactly("q1", "q2");
        assertThat(a.queries().get(0).ok()).isTrue();
        assertThat(a.queries().get(1).error().kind()).isEqualTo(ErrorKind.INTERRUPTED);
        assertThat(engine.executions("q3")).isZero();
    }

    /**
     * Ctrl-C while the first engine runs: the next engine never starts, even when killing the first one's worker
     * takes a while (the run moves on as soon as that worker is gone, while the abort still kills).
     */
    @Test
    void abortingStartsNoFurtherEngine() throws Exception {
        ScriptedEngine first =
                new ScriptedEngine("1.0").steps("q2", new Hangs()).slowToKill(Duration.ofMillis(500));
        ScriptedEngine next = new ScriptedEngine("1.0");
        ScriptedRun run =
                new ScriptedRun(logs).engine("a", first).engine("b", next).queries("q1", "q2");
        BenchmarkRunner runner = run.runner();

        CompletableFuture<BenchmarkResults> running = CompletableFuture.supplyAsync(runner::run);
        assertThat(first.awaitHanging(Duration.ofSeconds(30))).isTrue();
        runner.abort();
        BenchmarkResults results = running.get(30, TimeUnit.SECONDS);

        assertThat(ScriptedRun.engine(results, "a").status()).isEqualTo(EngineStatus.INTERRUPTED);
        assertThat(ScriptedRun.engine(results, "b").status()).isEqualTo(EngineStatus.INTERRUPTED);
        assertThat(next.starts()).as("workers started for b").isZero();
    }
}
