package io.icebench.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code workload run}: the built-in longevity workload (two rounds of TPC-H refreshes with position deletes,
 * then a compaction) on DuckDB and Polars (Spark reads position deletes in SparkWrittenDeletesTest; four more Spark
 * starts here would add a minute to CI), and a workload file whose SQL phase deletes rows through Spark before a
 * DuckDB read sees the change. TPC-H SF 0.01, Q4 and Q12 (both read the refreshed tables; Polars
 * answers them right), one measured run, no warm-up.
 */
class WorkloadTest {

    @RegisterExtension
    static final SharedMetastoreExtension METASTORE = new SharedMetastoreExtension();

    private static final String NAMESPACE = "workload_lng";
    private static Path dir;
    private static Cli.Result longevity;
    private static JsonNode longevityResults;
    private static Cli.Result file;
    private static JsonNode fileResults;

    @BeforeAll
    static void generateThenRunLongevityThenAWorkloadFile() throws Exception {
        Path data = METASTORE.shared().dataDir;
        dir = Files.createDirectories(data.resolve("workload"));
        Cli.Result generated =
                Cli.run(data, "generate", "tpch", "--scale", "0.01", "--namespace", NAMESPACE, "--replace");
        assertThat(generated.exit()).as(generated.all()).isZero();
        longevity = workload(
                data,
                "workload",
                "run",
                "longevity",
                "--rounds",
                "2",
                "--delete-mode",
                "position",
                "--namespace",
                NAMESPACE,
                "--engines",
                "duckdb,polars",
                "--queries",
                "q4,q12",
                "--iterations",
                "1",
                "--warmup",
                "0",
                "--output",
                dir.resolve("longevity.json").toString());
        longevityResults = ResultsJson.read(dir.resolve("longevity.json"));

        Path suite = Files.createDirectories(dir.resolve("counts"));
        Files.writeString(suite.resolve("orders.sql"), "SELECT COUNT(*) AS n FROM orders");
        Path workload = dir.resolve("spark-delete.yaml");
        Files.writeString(workload, """
                name: spark-delete
                namespace: %s
                phases:
                  - type: read
                    id: before
                    suite: %s
                  - type: sql
                    id: delete
                    engine: spark
                    sql: DELETE FROM warehouse.%s.orders WHERE o_orderkey %% 10 = 0
                  - type: read
                    id: after
                    suite: %s
                """.formatted(NAMESPACE, suite, NAMESPACE, suite));
        file = workload(
                data,
                "workload",
                "run",
                workload.toString(),
                "--engines",
                "duckdb",
                "--iterations",
                "1",
                "--warmup",
                "0",
                "--spark-master",
                "local[2]",
                "--output",
                dir.resolve("spark-delete.json").toString());
        fileResults = ResultsJson.read(dir.resolve("spark-delete.json"));
    }

    @Test
    void longevityMeasuresTwoRefreshRoundsAndOneCompactionWithVerifiedAnswers() throws Exception {
        assertThat(longevity.exit()).as(longevity.all()).isZero();
        JsonNode rounds = longevityResults.path("rounds");
        assertThat(rounds).hasSize(4); // baseline, two refreshes, after compaction
        Set<Long> snapshots = new HashSet<>();
        List<Long> lineitemRows = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            JsonNode round = rounds.get(i);
            assertThat(round.path("verified").asBoolean()).as(round.toString()).isTrue();
            assertThat(round.path("engines")).hasSize(2);
            for (JsonNode engine : round.path("engines")) {
                assertThat(engine.path("queries").has("q4")
                                && engine.path("queries").has("q12"))
                        .as(engine.toString())
                        .isTrue();
            }
            JsonNode lineitem = table(round, NAMESPACE + ".lineitem");
            snapshots.add(lineitem.path("snapshot_id").asLong());
            lineitemRows.add(lineitem.path("rows").asLong());
            int deleteFiles = round.path("tables").findValues("delete_files").stream()
                    .mapToInt(JsonNode::asInt)
                    .sum();
            if (i == 0 || i == 3) {
                assertThat(deleteFiles).as("round " + i).isZero();
            } else {
                assertThat(round.path("after").get(0).asText()).isEqualTo("refresh");
                assertThat(deleteFiles).as("round " + i).isEqualTo(2 * i); // orders and lineitem, each refresh
            }
        }
        assertThat(rounds.get(3).path("compacted").asBoolean()).isTrue();
        assertThat(snapshots).hasSize(4);
        assertThat(lineitemRows.get(1)).isNotEqualTo(lineitemRows.get(0));
        JsonNode trends = longevityResults.path("trends");
        assertThat(trends).hasSize(2);
        for (JsonNode trend : trends) {
            assertThat(trend.path("suite_ms")).as(trend.toString()).hasSize(4);
            assertThat(trend.path("degradation_rate").isNumber())
                    .as(trend.toString())
                    .isTrue();
            assertThat(trend.path("compaction_gain").isNumber())
                    .as(trend.toString())
                    .isTrue();
        }
        String stem = dir.resolve("longevity").toString();
        List<String> journal = Files.readAllLines(Path.of(stem + ".jsonl"));
        assertThat(journal.stream().filter(l -> l.contains("\"event\":\"round_finished\"")))
                .hasSize(4);
        assertThat(journal.stream().filter(l -> l.contains("\"event\":\"query_finished\"")))
                .hasSize(4 * 2 * 2);
        assertThat(Files.readString(Path.of(stem + ".md"))).contains("Degradation rate", "| polars |");
        assertThat(Files.readAllLines(Path.of(stem + ".csv"))).hasSize(1 + 4 * 2 * 3);
        String html = Files.readString(Path.of(stem + ".html"));
        assertThat(html.split("<svg", -1)).hasSize(3); // one chart per engine
        assertThat(html).contains("compaction");
    }

    @Test
    void aWorkloadFileDeletesThroughSparkAndTheNextReadSeesIt() throws Exception {
        assertThat(file.exit()).as(file.all()).isZero();
        JsonNode phases = fileResults.path("phases");
        assertThat(phases.get(1).path("status").asText()).as(phases.toString()).isEqualTo("ok");
        JsonNode rounds = fileResults.path("rounds");
        assertThat(rounds).hasSize(2);
        assertThat(rounds.get(1).path("after").get(0).asText()).isEqualTo("sql");
        long[] counts = new long[2];
        for (int i = 0; i < 2; i++) {
            assertThat(rounds.get(i).path("verified").asBoolean())
                    .as(rounds.get(i).toString())
                    .isTrue();
            JsonNode phase =
                    ResultsJson.read(Path.of(rounds.get(i).path("results").asText()));
            counts[i] = ResultsJson.query(phase, "duckdb", "orders")
                    .path("result_preview")
                    .path("rows")
                    .get(0)
                    .get(0)
                    .asLong();
        }
        assertThat(counts[0]).isPositive();
        assertThat(counts[1]).isLessThan(counts[0]).isGreaterThan(counts[0] * 8 / 10);
    }

    /** Runs icebench; a workload may take longer than Cli's ten minutes on a busy machine (four Spark sessions). */
    private static Cli.Result workload(Path data, String... args) throws Exception {
        Path out = Files.createTempFile(dir, "out", ".txt");
        Path err = Files.createTempFile(dir, "err", ".txt");
        Process process = Cli.builder(data, data.resolve("cwd"), Map.of(), args)
                .redirectOutput(out.toFile())
                .redirectError(err.toFile())
                .start();
        if (!process.waitFor(45, TimeUnit.MINUTES)) {
            Cli.killTree(process);
            throw new AssertionError("icebench " + String.join(" ", args) + " did not finish in 45 minutes");
        }
        return new Cli.Result(process.exitValue(), Files.readString(out), Files.readString(err));
    }

    private static JsonNode table(JsonNode round, String name) {
        for (JsonNode t : round.path("tables")) {
            if (t.path("table").asText().equals(name)) {
                return t;
            }
        }
        throw new AssertionError("no table " + name + " in " + round);
    }
}
