package io.icebench.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The faults {@link WorkerFaultsTest} gives DuckDB, for Flink, in one run of one engine: a killed worker, a timed-out
 * query, bad SQL; after each the next query runs in a fresh worker.
 */
class FlinkFaultsTest {

    /** A Flink nested-loop join far longer than the timeout: 60,175² × 25 comparisons at SF 0.01. */
    private static final String SLOW = "select count(*) from lineitem a, lineitem b, nation c"
            + " where a.l_quantity + c.n_nationkey < b.l_quantity";

    @RegisterExtension
    static final SharedMetastoreExtension METASTORE = new SharedMetastoreExtension();

    @Test
    void killedWorkerIsACrashTimedOutQueryIsATimeoutBadSqlIsOneLineAndTheNextQueryRuns() throws Exception {
        SharedMetastore shared = METASTORE.shared();
        Path suite = Files.createDirectories(shared.dataDir.resolve("flink-fault-suite"));
        Files.writeString(suite.resolve("a_count.sql"), "select count(*) from region");
        Files.writeString(suite.resolve("b_killed.sql"), SLOW);
        Files.writeString(suite.resolve("c_count.sql"), "select count(*) from nation");
        Files.writeString(suite.resolve("d_slow.sql"), SLOW);
        Files.writeString(suite.resolve("e_count.sql"), "select count(*) from nation");
        Files.writeString(suite.resolve("f_bad.sql"), "select no_such_column from nation");
        Path output = Faults.freshOutput(shared, "flink-faults");
        Process cli = Cli.builder(
                        shared.dataDir,
                        shared.dataDir,
                        Map.of(),
                        "run",
                        "--suite",
                        suite.toString(),
                        "--engines",
                        "flink",
                        "--iterations",
                        "1",
                        "--warmup",
                        "0",
                        "--query-timeout",
                        "30s",
                        "--output",
                        output.toString())
                .redirectOutput(shared.dataDir.resolve("flink-faults.out").toFile())
                .redirectErrorStream(true)
                .start();
        try {
            Faults.awaitLine(shared.dataDir.resolve("flink-faults.jsonl"), "\"query\":\"a_count\"", cli);
            Thread.sleep(3000);
            ProcessHandle worker =
                    Faults.workerOf(cli).orElseThrow(() -> new AssertionError("no worker running b_killed"));
            new ProcessBuilder("kill", "-9", Long.toString(worker.pid()))
                    .start()
                    .waitFor();
            assertThat(cli.waitFor(6, TimeUnit.MINUTES)).as("icebench finished").isTrue();
        } finally {
            Cli.killTree(cli);
        }
        assertThat(cli.exitValue()).isEqualTo(1);
        assertThat(Cli.liveWorkers()).as("worker processes left behind").isEmpty();

        JsonNode flink = ResultsJson.engine(ResultsJson.read(output), "flink");
        JsonNode crashed = ResultsJson.query(flink, "b_killed");
        assertThat(crashed.path("error").path("kind").asText()).isEqualTo("crash");
        assertThat(crashed.path("error").path("message").asText()).contains("SIGKILL");
        assertThat(ResultsJson.query(flink, "c_count").path("status").asText()).isEqualTo("ok");
        JsonNode timedOut = ResultsJson.query(flink, "d_slow");
        assertThat(timedOut.path("error").path("kind").asText()).isEqualTo("timeout");
        assertThat(ResultsJson.query(flink, "e_count").path("rows").asLong()).isEqualTo(1);
        JsonNode bad = ResultsJson.query(flink, "f_bad").path("error");
        assertThat(bad.path("kind").asText()).isEqualTo("sql-error");
        assertThat(bad.path("message").asText()).contains("no_such_column").doesNotContain("\n");
    }
}
