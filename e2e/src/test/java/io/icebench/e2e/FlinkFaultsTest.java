package io.icebench.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The faults {@link WorkerFaultsTest} gives DuckDB, for Flink: a killed worker, a timed-out query, bad SQL. */
class FlinkFaultsTest {

    /** A Flink nested-loop join far longer than the timeout: 60,175² × 25 comparisons at SF 0.01. */
    private static final String SLOW = "select count(*) from lineitem a, lineitem b, nation c"
            + " where a.l_quantity + c.n_nationkey < b.l_quantity";

    @RegisterExtension
    static final SharedMetastoreExtension METASTORE = new SharedMetastoreExtension();

    @Test
    void killedWorkerIsACrashTimedOutQueryIsATimeoutAndTheNextQueryRuns() throws Exception {
        SharedMetastore shared = METASTORE.shared();
        Path suite = Files.createDirectories(shared.dataDir.resolve("flink-fault-suite"));
        Files.writeString(suite.resolve("a_count.sql"), "select count(*) from region");
        Files.writeString(suite.resolve("b_slow.sql"), SLOW);
        Files.writeString(suite.resolve("c_count.sql"), "select count(*) from nation");
        Path output = Faults.freshOutput(shared, "flink-faults");
        Process cli = Cli.builder(
                        shared.dataDir,
                        shared.dataDir,
                        Map.of(),
                        "run",
                        "--suite",
                        suite.toString(),
                        "--engines",
                        "flink,second=flink",
                        "--iterations",
                        "1",
                        "--warmup",
                        "0",
                        "--query-timeout",
                        "45s",
                        "--output",
                        output.toString())
                .redirectOutput(shared.dataDir.resolve("flink-faults.out").toFile())
                .redirectErrorStream(true)
                .start();
        try {
            Faults.awaitLine(shared.dataDir.resolve("flink-faults.jsonl"), "\"query\":\"a_count\"", cli);
            Thread.sleep(3000);
            ProcessHandle worker =
                    Faults.workerOf(cli).orElseThrow(() -> new AssertionError("no worker running b_slow"));
            new ProcessBuilder("kill", "-9", Long.toString(worker.pid()))
                    .start()
                    .waitFor();
            assertThat(cli.waitFor(6, TimeUnit.MINUTES)).as("icebench finished").isTrue();
        } finally {
            cli.descendants().forEach(ProcessHandle::destroyForcibly);
            cli.destroyForcibly();
        }
        assertThat(cli.exitValue()).isEqualTo(1);
        assertThat(Cli.liveWorkers()).as("worker processes left behind").isEmpty();

        JsonNode results = ResultsJson.read(output);
        JsonNode crashed = ResultsJson.query(results, "flink", "b_slow");
        assertThat(crashed.path("error").path("kind").asText()).isEqualTo("crash");
        assertThat(crashed.path("error").path("message").asText()).contains("SIGKILL");
        assertThat(ResultsJson.query(results, "flink", "c_count").path("status").asText())
                .isEqualTo("ok");
        JsonNode timedOut = ResultsJson.query(results, "second", "b_slow");
        assertThat(timedOut.path("error").path("kind").asText()).isEqualTo("timeout");
        assertThat(ResultsJson.query(results, "second", "c_count").path("rows").asLong())
                .isEqualTo(1);
    }

    @Test
    void badSqlIsAOneLineSqlError() throws Exception {
        Path data = METASTORE.shared().dataDir;
        Path output = Faults.freshOutput(METASTORE.shared(), "flink-bad");
        Cli.Result bad = Cli.run(
                data,
                "run",
                "SELECT no_such_column FROM tpch.nation",
                "--engines",
                "flink",
                "--iterations",
                "1",
                "--output",
                output.toString());
        assertThat(bad.exit()).as(bad.all()).isEqualTo(1);
        JsonNode error =
                ResultsJson.query(ResultsJson.read(output), "flink", "query").path("error");
        assertThat(error.path("kind").asText()).isEqualTo("sql-error");
        assertThat(error.path("message").asText()).contains("no_such_column").doesNotContain("\n");
    }
}
