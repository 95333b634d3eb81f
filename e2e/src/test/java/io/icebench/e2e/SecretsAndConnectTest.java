package io.icebench.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Remote engines against a server that accepts connections and never answers: each fails as {@code connection}
 * within its connect timeout. The secrets given on the way (a password in a JDBC URL's query string or
 * user-info, an engine option named like a password) appear in no output, results, report or log.
 */
class SecretsAndConnectTest {

    @RegisterExtension
    static final SharedMetastoreExtension METASTORE = new SharedMetastoreExtension();

    @Test
    void aSilentServerIsAConnectionFailureWithinTheTimeoutAndNoSecretIsShownAnywhere() throws Exception {
        Path data = METASTORE.shared().dataDir;
        String inQuery = "QueryPw-" + ProcessHandle.current().pid();
        String inUserInfo = "UserInfoPw-" + ProcessHandle.current().pid();
        String option = "OptionPw-" + ProcessHandle.current().pid();
        Path dir = Files.createDirectories(data.resolve("silent-server"));
        Path output = dir.resolve("benchmark_results.json");
        List<Socket> accepted = new CopyOnWriteArrayList<>();
        try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            Thread acceptor = new Thread(() -> {
                try {
                    while (true) {
                        accepted.add(silent.accept()); // accepted, never answered
                    }
                } catch (Exception closed) {
                    // the test is over
                }
            });
            acceptor.setDaemon(true);
            acceptor.start();
            String at = "127.0.0.1:" + silent.getLocalPort();
            long start = System.nanoTime();
            Cli.Result run = Cli.run(
                    data,
                    data.resolve("cwd"),
                    Map.of("STARROCKS_HOST", "127.0.0.1", "STARROCKS_PORT", Integer.toString(silent.getLocalPort())),
                    "run",
                    "SELECT 1",
                    "--engines",
                    "starrocks,duckdb",
                    "--iterations",
                    "1",
                    "--jdbc",
                    "q=jdbc:mysql://" + at + "/db?user=me&password=" + inQuery + "&useSSL=false",
                    "--jdbc",
                    "u=jdbc:mysql://me:" + inUserInfo + "@" + at + "/db",
                    "-E",
                    "duckdb.pwd=" + option,
                    "-E",
                    "q.connect_timeout_ms=3000",
                    "--output",
                    output.toString());
            double seconds = (System.nanoTime() - start) / 1e9;
            assertThat(run.exit()).as(run.all()).isEqualTo(1);
            JsonNode results = ResultsJson.read(output);
            for (String engine : List.of("starrocks", "q", "u")) {
                JsonNode error = ResultsJson.engine(results, engine).path("error");
                assertThat(error.path("kind").asText())
                        .as(engine + ": " + error)
                        .isEqualTo("connection");
                assertThat(error.path("message").asText()).as(engine).contains("no answer within the connect timeout");
            }
            assertThat(ResultsJson.engine(results, "starrocks")
                            .path("error")
                            .path("message")
                            .asText())
                    .contains("cannot reach StarRocks at " + at);
            // three silent connects of 10 s, 3 s and 10 s, one after another, plus start-up; without a
            // deadline each one waits for the whole engine budget
            assertThat(seconds).isLessThan(150);
            assertThat(accepted).isNotEmpty();

            Cli.Result csv = Cli.run(data, "report", output.toString(), "--format", "csv");
            assertThat(csv.exit()).as(csv.all()).isZero();
            List<Path> files = new java.util.ArrayList<>(List.of(
                    output,
                    dir.resolve("benchmark_results.jsonl"),
                    dir.resolve("report.html"),
                    dir.resolve("report.md"),
                    dir.resolve("benchmark_results.csv")));
            try (Stream<Path> logs = Files.walk(
                    Path.of(ResultsJson.engine(results, "q").path("log").asText())
                            .getParent())) {
                logs.filter(Files::isRegularFile).forEach(files::add);
            }
            for (String secret : List.of(inQuery, inUserInfo, option)) {
                assertThat(run.all()).doesNotContain(secret);
                for (Path file : files) {
                    assertThat(Files.readString(file)).as(file.toString()).doesNotContain(secret);
                }
            }
            String settings = results.path("settings").toString();
            assertThat(settings).contains("password=***").contains("me:***@").contains("\"pwd\":\"***\"");
        } finally {
            for (Socket socket : accepted) {
                socket.close();
            }
        }
    }
}
