package io.icebench.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.icebench.core.protocol.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A worker killed with SIGKILL in the middle of a query becomes a {@code crash} result, a query past
 * {@code --query-timeout} becomes {@code timeout}; in both cases the next query runs in a fresh worker,
 * the next engine still runs, and no worker process is left behind.
 */
class WorkerFaultsTest {

    @RegisterExtension
    static final SharedMetastoreExtension METASTORE = new SharedMetastoreExtension();

    @Test
    void killedWorkerIsACrashTimedOutQueryIsATimeoutAndNothingIsLeft() throws Exception {
        SharedMetastore shared = METASTORE.shared();
        Path suite = Faults.fastSlowSuite(shared, "fault-suite");
        Files.writeString(suite.resolve("c_count.sql"), "select count(*) from orders");
        Path output = Faults.freshOutput(shared, "faults");
        Path jsonLines = shared.dataDir.resolve("faults.jsonl");
        // another icebench's worker on this machine (other people run tests here too): never ours to count
        ProcessBuilder decoyBuilder = new ProcessBuilder("bash", "-c", "sleep 600", "io.icebench.worker.WorkerMain");
        decoyBuilder.environment().put("ICEBENCH_DATA_DIR", "/elsewhere/icebench-data");
        Process decoy = decoyBuilder.start();

        Process cli = Cli.builder(
                        shared.dataDir,
                        shared.dataDir.resolve("cwd"),
                        Map.of(),
                        "run",
                        "--suite",
                        suite.toString(),
                        "--engines",
                        "duckdb,second=duckdb",
                        "--iterations",
                        "2",
                        "--warmup",
                        "0",
                        "--query-timeout",
                        "6s",
                        "--output",
                        output.toString())
                .redirectOutput(shared.dataDir.resolve("faults.out").toFile())
                .redirectError(shared.dataDir.resolve("faults.err").toFile())
                .start();
        Faults.awaitLine(jsonLines, "\"query\":\"a_count\"", cli);
        Thread.sleep(1500);
        ProcessHandle worker = Faults.workerOf(cli).orElseThrow(() -> new AssertionError("no worker running b_slow"));
        long killedAt = System.nanoTime();
        new ProcessBuilder("kill", "-9", Long.toString(worker.pid())).start().waitFor();

        assertThat(cli.waitFor(3, TimeUnit.MINUTES)).as("icebench finished").isTrue();
        assertThat(cli.exitValue()).isEqualTo(1);
        assertThat(Cli.liveWorkers()).as("worker processes left behind").isEmpty();
        assertThat(decoy.isAlive())
                .as("another icebench's worker is left alone")
                .isTrue();
        decoy.destroyForcibly();

        JsonNode results = Json.MAPPER.readTree(output.toFile());
        JsonNode first = results.path("engines").get(0);
        JsonNode second = results.path("engines").get(1);
        assertThat(first.path("name").asText()).isEqualTo("duckdb");
        assertThat(second.path("name").asText()).isEqualTo("second");

        JsonNode crashed = ResultsJson.query(first, "b_slow");
        assertThat(crashed.path("status").asText()).isEqualTo("failed");
        assertThat(crashed.path("error").path("kind").asText()).isEqualTo("crash");
        assertThat(crashed.path("error").path("message").asText()).contains("SIGKILL");
        assertThat(ResultsJson.query(first, "c_count").path("status").asText()).isEqualTo("ok");
        assertThat(first.path("worker_starts").asInt()).isEqualTo(2);

        JsonNode timedOut = ResultsJson.query(second, "b_slow");
        assertThat(timedOut.path("error").path("kind").asText()).isEqualTo("timeout");
        assertThat(timedOut.path("error").path("message").asText()).contains("--query-timeout 6 s");
        assertThat(ResultsJson.query(second, "a_count").path("status").asText()).isEqualTo("ok");
        assertThat(ResultsJson.query(second, "c_count").path("status").asText()).isEqualTo("ok");
        assertThat(ResultsJson.query(second, "c_count").path("rows").asLong()).isEqualTo(1);

        String console = Files.readString(shared.dataDir.resolve("faults.out"));
        assertThat(console)
                .contains("❌ crash: worker process died")
                .contains("❌ timeout: b_slow (--query-timeout 6 s)");
        assertThat(Files.readAllLines(jsonLines).stream()
                        .filter(l -> l.contains("\"event\":\"iteration\""))
                        .count())
                .as("iterations saved as they happened")
                .isEqualTo(2 * (1 + 2) * 2);
        assertThat((System.nanoTime() - killedAt) / 1e9)
                .as("seconds from kill to the end of the run")
                .isLessThan(120);
    }

    @Test
    void ctrlCStopsWorkersAndKeepsWhatWasMeasured() throws Exception {
        SharedMetastore shared = METASTORE.shared();
        Path suite = Faults.fastSlowSuite(shared, "interrupt-suite");
        Path output = Faults.freshOutput(shared, "interrupted");
        Path jsonLines = shared.dataDir.resolve("interrupted.jsonl");
        Process cli = Cli.interruptible(Cli.builder(
                        shared.dataDir,
                        shared.dataDir.resolve("cwd"),
                        Map.of(),
                        "run",
                        "--suite",
                        suite.toString(),
                        "--engines",
                        "duckdb,second=duckdb",
                        "--iterations",
                        "3",
                        "--output",
                        output.toString()))
                .redirectOutput(shared.dataDir.resolve("interrupted.out").toFile())
                .redirectErrorStream(true)
                .start();
        Faults.awaitLine(jsonLines, "\"query\":\"a_count\"", cli);
        Thread.sleep(1000);
        Cli.interrupt(cli);
        long signalled = System.nanoTime();
        boolean stopped = cli.waitFor(30, TimeUnit.SECONDS);
        if (!stopped) {
            Cli.killTree(cli);
        }
        assertThat(stopped).as("icebench stopped after Ctrl-C").isTrue();
        assertThat((System.nanoTime() - signalled) / 1e9).as("seconds to stop").isLessThan(5);
        assertThat(cli.exitValue()).isEqualTo(130);
        assertThat(Cli.liveWorkers()).as("worker processes left behind").isEmpty();
        try (java.util.stream.Stream<Path> left = Files.walk(shared.dataDir.resolve("tmp"))) {
            assertThat(left.filter(Files::isRegularFile).toList())
                    .as("workers' temporary files after Ctrl-C")
                    .isEmpty();
        }

        JsonNode results = Json.MAPPER.readTree(output.toFile());
        assertThat(results.path("interrupted").asBoolean()).isTrue();
        JsonNode first = results.path("engines").get(0);
        assertThat(first.path("status").asText()).isEqualTo("interrupted");
        assertThat(ResultsJson.query(first, "a_count").path("status").asText()).isEqualTo("ok");
        assertThat(ResultsJson.query(first, "a_count").path("iterations")).hasSize(3);
        assertThat(ResultsJson.query(first, "b_slow").path("error").path("kind").asText())
                .isEqualTo("interrupted");
        assertThat(results.path("engines").get(1).path("status").asText()).isEqualTo("interrupted");
        assertThat(Files.readString(shared.dataDir.resolve("interrupted.out"))).contains("⏹  interrupted");
    }

    /**
     * spark-comet (a native library inside a Spark JVM), in one run of one engine: killed is a crash, bad SQL one line,
     * too slow a timeout; after each the next query runs in a fresh worker.
     */
    @Test
    void sparkCometKilledIsACrashTimedOutIsATimeoutAndBadSqlIsASqlError() throws Exception {
        SharedMetastore shared = METASTORE.shared();
        Path suite = Files.createDirectories(shared.dataDir.resolve("comet-fault-suite"));
        String slow = "select sum(a.id * b.id) from range(300000) a, range(300000) b";
        // no table in the quick ones: a fresh worker's first query then needs no catalog, which keeps a cold one far
        // below the timeout on a loaded machine (a cold count on lineitem there took over 20 s)
        Files.writeString(suite.resolve("a_count.sql"), "select count(*) from range(10)");
        Files.writeString(suite.resolve("b_killed.sql"), slow);
        Files.writeString(suite.resolve("c_bad.sql"), "select no_such_column from range(1)");
        Files.writeString(suite.resolve("d_count.sql"), "select count(*) from range(10)");
        Files.writeString(suite.resolve("e_slow.sql"), slow);
        Files.writeString(suite.resolve("f_count.sql"), "select count(*) from range(10)");
        Path output = Faults.freshOutput(shared, "comet-faults");
        Process cli = Cli.builder(
                        shared.dataDir,
                        shared.dataDir.resolve("cwd"),
                        Map.of(),
                        "run",
                        "--suite",
                        suite.toString(),
                        "--engines",
                        "spark-comet",
                        "--iterations",
                        "1",
                        "--warmup",
                        "0",
                        "--query-timeout",
                        "25s",
                        "--spark-master",
                        "local[2]",
                        "--output",
                        output.toString())
                .redirectOutput(shared.dataDir.resolve("comet-faults.out").toFile())
                .redirectErrorStream(true)
                .start();
        try {
            Faults.awaitLine(shared.dataDir.resolve("comet-faults.jsonl"), "\"query\":\"a_count\"", cli);
            Thread.sleep(1500);
            ProcessHandle worker =
                    Faults.workerOf(cli).orElseThrow(() -> new AssertionError("no worker running b_killed"));
            new ProcessBuilder("kill", "-9", Long.toString(worker.pid()))
                    .start()
                    .waitFor();
            assertThat(cli.waitFor(5, TimeUnit.MINUTES)).as("icebench finished").isTrue();
        } finally { // a failure above leaves no icebench run behind for the next tests
            Cli.killTree(cli);
        }
        assertThat(cli.exitValue()).isEqualTo(1);
        assertThat(Cli.liveWorkers()).as("worker processes left behind").isEmpty();

        JsonNode comet = ResultsJson.engine(Json.MAPPER.readTree(output.toFile()), "spark-comet");
        assertThat(ResultsJson.query(comet, "b_killed")
                        .path("error")
                        .path("kind")
                        .asText())
                .isEqualTo("crash");
        JsonNode bad = ResultsJson.query(comet, "c_bad").path("error");
        assertThat(bad.path("kind").asText()).isEqualTo("sql-error");
        assertThat(bad.path("message").asText()).contains("no_such_column").doesNotContain("\n");
        assertThat(ResultsJson.query(comet, "d_count").path("status").asText()).isEqualTo("ok");
        assertThat(ResultsJson.query(comet, "e_slow").path("error").path("kind").asText())
                .isEqualTo("timeout");
        assertThat(ResultsJson.query(comet, "f_count").path("rows").asLong()).isEqualTo(1);
    }
}
