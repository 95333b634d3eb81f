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
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Partitioned TPC-H SF 0.01 after two refresh pairs with each kind of delete file ({@link MutatedTpch}): DuckDB and
 * Polars answer the 22 queries as they do on the same rows after compaction, DuckDB and Spark agree on all 22
 * (deletion vectors, {@link DeletionVectorRun}), and Arrow, which applies no deletes, refuses exactly the queries that
 * read a table with deletes.
 */
class MergeOnReadTest {

    @RegisterExtension
    static final SharedMetastoreExtension METASTORE = new SharedMetastoreExtension();

    @RegisterExtension
    static final DeletionVectorRunExtension DELETION_VECTORS = new DeletionVectorRunExtension();

    @ParameterizedTest
    @ValueSource(strings = {"position", "equality", "dv"})
    void answersWithDeletesEqualAnswersAfterCompaction(String mode) throws Exception {
        Path data = METASTORE.shared().dataDir;
        // compaction (Iceberg's own reader writing the live rows) checks all three kinds; Spark checks deletion
        // vectors too (its position deletes: SparkWrittenDeletesTest); Arrow's refusal is the same for every kind
        boolean spark = mode.equals("dv");
        boolean arrow = mode.equals("position");
        String namespace;
        JsonNode before;
        if (spark) {
            DeletionVectorRun shared = DELETION_VECTORS.run();
            namespace = shared.namespace;
            before = shared.results;
        } else {
            namespace = MutatedTpch.generateAndMutate(data, mode);
            MutatedTpch.suite(data, namespace, "before", "duckdb,polars" + (arrow ? ",arrow" : ""));
            before = MutatedTpch.results(data, namespace, "before");
        }
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
        MutatedTpch.suite(data, namespace, "after", "duckdb,polars");
        JsonNode after = MutatedTpch.results(data, namespace, "after");

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
            DELETION_VECTORS.run().assertDuckDbAndSparkMatchOnEveryQuery();
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
