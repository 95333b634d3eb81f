package io.icebench.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Partitioned TPC-H SF 0.01 after two refresh pairs with each kind of delete file: DuckDB and Polars answer
 * the 22 queries as they do on the same rows after compaction, DuckDB and Spark agree on all 22 (deletion
 * vectors), and Arrow, which applies no deletes, refuses exactly the queries that read a table with deletes.
 */
class MergeOnReadTest {

    @RegisterExtension
    static final SharedMetastoreExtension METASTORE = new SharedMetastoreExtension();

    @ParameterizedTest
    @ValueSource(strings = {"position", "equality", "dv"})
    void answersWithDeletesEqualAnswersAfterCompaction(String mode) throws Exception {
        Path data = METASTORE.shared().dataDir;
        String namespace = "mor_" + mode;
        Cli.Result generated = Cli.run(
                data,
                "generate",
                "tpch",
                "--scale",
                "0.01",
                "--namespace",
                namespace,
                "--partitioned",
                "--format-version",
                mode.equals("dv") ? "3" : "2",
                "--replace");
        assertThat(generated.exit()).as(generated.all()).isZero();
        Cli.Result mutated =
                Cli.run(data, "mutate", "tpch", "--refresh", "2", "--delete-mode", mode, "--namespace", namespace);
        assertThat(mutated.exit()).as(mutated.all()).isZero();
        Matcher totals = Pattern.compile("\\+(\\d+) rows, -(\\d+) rows").matcher(mutated.out());
        assertThat(totals.find()).as(mutated.out()).isTrue();
        assertThat(Long.parseLong(totals.group(2))).isPositive();

        // compaction (Iceberg's own reader writing the live rows) checks all three kinds; Spark checks deletion
        // vectors too (its position deletes: SparkWrittenDeletesTest); Arrow's refusal is the same for every kind
        boolean spark = mode.equals("dv");
        boolean arrow = mode.equals("position");
        JsonNode before =
                suite(data, namespace, "before", "duckdb,polars" + (spark ? ",spark" : "") + (arrow ? ",arrow" : ""));
        // the two tables are compacted at once: two commits on two tables, each its own process
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (Future<Cli.Result> compaction : pool.invokeAll(List.<Callable<Cli.Result>>of(
                    () -> Cli.run(data, "compact", namespace + ".orders"),
                    () -> Cli.run(data, "compact", namespace + ".lineitem")))) {
                Cli.Result compacted = compaction.get();
                assertThat(compacted.exit()).as(compacted.all()).isZero();
            }
        } finally {
            pool.shutdown();
        }
        JsonNode after = suite(data, namespace, "after", "duckdb,polars");

        for (String engine : List.of("duckdb", "polars")) {
            for (JsonNode query : ResultsJson.engine(before, engine).path("queries")) {
                JsonNode compacted =
                        ResultsJson.query(after, engine, query.path("id").asText());
                assertThat(query.path("status").asText())
                        .as(engine + " " + query)
                        .isEqualTo(compacted.path("status").asText());
                if (query.path("status").asText().equals("ok")) {
                    assertThat(query.path("fingerprint").asText())
                            .as(engine + " " + query.path("id").asText())
                            .isEqualTo(compacted.path("fingerprint").asText());
                }
            }
        }
        assertThat(okQueries(before, "duckdb")).hasSize(22);
        if (spark) {
            assertThat(okQueries(before, "spark")).hasSize(22);
            for (JsonNode v : before.path("verification")) {
                assertThat(v.path("engines").path("duckdb").asText())
                        .as(v.toString())
                        .isEqualTo("match");
                assertThat(v.path("engines").path("spark").asText())
                        .as(v.toString())
                        .isEqualTo("match");
            }
        }
        if (!arrow) {
            return;
        }
        for (JsonNode query : ResultsJson.engine(before, "arrow").path("queries")) {
            String sql = query.path("sql").asText().toLowerCase();
            if (sql.contains("lineitem") || sql.contains("orders")) {
                assertThat(query.path("error").path("kind").asText())
                        .as(query.toString())
                        .isEqualTo("unsupported");
                assertThat(query.path("error").path("message").asText())
                        .contains("deletes, which arrow does not apply");
            } else {
                assertThat(query.path("error").path("message").asText()).doesNotContain("deletes");
            }
        }
    }

    private static JsonNode suite(Path data, String namespace, String label, String engines) throws Exception {
        Path output = data.resolve("mor-" + namespace + "-" + label + ".json");
        Cli.Result run = Cli.run(
                data,
                "run",
                "--suite",
                "tpch",
                "--namespace",
                namespace,
                "--engines",
                engines,
                "--iterations",
                "1",
                "--warmup",
                "0",
                "--spark-master",
                "local[2]",
                "--spark-conf",
                "spark.sql.shuffle.partitions=2",
                "--no-report",
                "--output",
                output.toString());
        assertThat(run.exit()).as(run.all()).isIn(0, 1);
        return ResultsJson.read(output);
    }

    private static List<String> okQueries(JsonNode results, String engine) {
        List<String> ok = new ArrayList<>();
        for (JsonNode query : ResultsJson.engine(results, engine).path("queries")) {
            if (query.path("status").asText().equals("ok")) {
                ok.add(query.path("id").asText());
            }
        }
        return ok;
    }
}
