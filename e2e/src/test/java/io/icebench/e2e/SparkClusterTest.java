package io.icebench.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A real Spark standalone master and worker on 127.0.0.1, started by the project's script, runs TPC-H. */
class SparkClusterTest {

    @RegisterExtension
    static final SharedMetastoreExtension METASTORE = new SharedMetastoreExtension();

    @Test
    void tpchRunsOnTheStandaloneClusterAndStopLeavesNothing() throws Exception {
        Path data = METASTORE.shared().dataDir;
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        String master = "spark://127.0.0.1:" + port;
        Cli.Result start = Cli.script(data, "scripts/spark-cluster", "start", "--port", Integer.toString(port),
                "--cores", "2", "--memory", "1g");
        try {
            assertThat(start.exit()).as(start.out()).isZero();
            assertThat(start.out()).contains("Spark standalone cluster up").contains(master);
            Path output = data.resolve("spark-cluster.json");
            Cli.Result run = Cli.run(data, "run", "--suite", "tpch", "--queries", "q1,q6", "--engines", "duckdb,spark",
                    "--iterations", "1", "--spark-master", master, "--output", output.toString());
            assertThat(run.exit()).as(run.all()).isZero();
            JsonNode results = ResultsJson.read(output);
            JsonNode q6 = ResultsJson.query(results, "spark", "q6");
            assertThat(q6.path("status").asText()).isEqualTo("ok");
            assertThat(q6.path("fingerprint").asText())
                    .isEqualTo(ResultsJson.query(results, "duckdb", "q6").path("fingerprint").asText());
            assertThat(results.path("settings").path("engines").toString()).contains(master);
            // executors ran on the cluster's worker, in their own processes
            assertThat(data.resolve("spark-cluster/work")).isDirectoryContaining(p -> p.getFileName().toString().startsWith("app-"));
        } finally {
            Cli.Result stop = Cli.script(data, "scripts/spark-cluster", "stop");
            assertThat(stop.exit()).as(stop.out()).isZero();
        }
        Thread.sleep(500);
        assertThat(ProcessHandle.allProcesses().filter(p -> p.info().commandLine()
                .map(c -> c.contains(data.resolve("spark-cluster").toString())).orElse(false)))
                .isEmpty();
        assertThat(Cli.script(data, "scripts/spark-cluster", "status").exit()).isEqualTo(1);
    }
}
