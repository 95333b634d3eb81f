package io.icebench.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A real Trino server (scripts/trino, Java 24+) with an Iceberg catalog on the shared metastore, against DuckDB. */
class TrinoTest {

    @RegisterExtension
    static final SharedMetastoreExtension METASTORE = new SharedMetastoreExtension();

    @Test
    void tpchAnswersMatchDuckDbsAndTrinosOwnFiguresAreKept() throws Exception {
        SharedMetastore shared = METASTORE.shared();
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Cli.Result start = Cli.script(
                shared.dataDir, "scripts/trino", "start", "--port", Integer.toString(port), "--metastore", shared.uri);
        try {
            assertThat(start.exit()).as(start.out()).isZero();
            assertThat(start.out()).contains("Trino 476 up");
            Path output = shared.dataDir.resolve("trino.json");
            Cli.Result run = Cli.run(
                    shared.dataDir,
                    shared.dataDir.resolve("cwd"),
                    Map.of("TRINO_URL", "jdbc:trino://127.0.0.1:" + port),
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
            JsonNode trino = ResultsJson.engine(results, "trino");
            assertThat(trino.path("version").asText()).isEqualTo("Trino 476");
            for (JsonNode v : results.path("verification")) {
                assertThat(v.path("status").asText()).as(v.toString()).isEqualTo("match");
            }
            JsonNode iteration =
                    ResultsJson.query(trino, "q1").path("iterations").get(0);
            assertThat(iteration.path("peak_rss_bytes").isNull()).isTrue();
            assertThat(iteration.path("engine_stats").path("wall_ms").asLong()).isPositive();
            assertThat(iteration.path("engine_stats").has("peak_memory_bytes")).isTrue();
            assertThat(iteration.path("engine_stats").has("cpu_ms")).isTrue();
        } finally {
            Cli.script(shared.dataDir, "scripts/trino", "stop");
        }
        assertThat(ProcessHandle.allProcesses()
                        .filter(p -> p.info()
                                .commandLine()
                                .map(c -> c.contains(
                                        shared.dataDir.resolve("trino").toString()))
                                .orElse(false)))
                .isEmpty();
    }
}
