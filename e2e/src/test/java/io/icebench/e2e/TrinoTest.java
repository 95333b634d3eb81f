package io.icebench.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A real Trino server (scripts/trino, Java 24+) with an Iceberg catalog on the shared metastore, against DuckDB.
 * The server is {@link SharedTrino}'s, which stops it when the tests end and checks that nothing of it is left.
 */
@ExtendWith(SharedTrinoExtension.class)
class TrinoTest {

    @RegisterExtension
    static final SharedMetastoreExtension METASTORE = new SharedMetastoreExtension();

    @Test
    void tpchAnswersMatchDuckDbsAndTrinosOwnFiguresAreKept(SharedTrino trino) throws Exception {
        SharedMetastore shared = METASTORE.shared();
        assertThat(trino.started.out()).contains("Trino 476 up");
        Path output = shared.dataDir.resolve("trino.json");
        Cli.Result run = trino.icebench(
                "run",
                "--suite",
                "tpch",
                "--queries",
                "q1,q3,q6",
                "--engines",
                "duckdb,trino",
                "--iterations",
                "2",
                "--output",
                output.toString());
        assertThat(run.exit()).as(run.all()).isZero();
        JsonNode results = ResultsJson.read(output);
        JsonNode trinoResults = ResultsJson.engine(results, "trino");
        assertThat(trinoResults.path("version").asText()).isEqualTo("Trino 476");
        for (JsonNode v : results.path("verification")) {
            assertThat(v.path("status").asText()).as(v.toString()).isEqualTo("match");
        }
        JsonNode iteration =
                ResultsJson.query(trinoResults, "q1").path("iterations").get(0);
        assertThat(iteration.path("peak_rss_bytes").isNull()).isTrue();
        assertThat(iteration.path("engine_stats").path("wall_ms").asLong()).isPositive();
        assertThat(iteration.path("engine_stats").has("peak_memory_bytes")).isTrue();
        assertThat(iteration.path("engine_stats").has("cpu_ms")).isTrue();
    }
}
