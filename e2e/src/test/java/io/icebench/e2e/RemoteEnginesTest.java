package io.icebench.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The MySQL-protocol path of the StarRocks preset against a real MariaDB server (Debian's, started by
 * scripts/mariadb on 127.0.0.1 with its own data directory and port); the table lives in MariaDB.
 */
class RemoteEnginesTest {

    @RegisterExtension
    static final SharedMetastoreExtension METASTORE = new SharedMetastoreExtension();

    private static final String PASSWORD = "Pw-" + Long.toHexString(System.nanoTime());
    private static int port;
    private static Path data;

    @BeforeAll
    static void startMariaDb() throws Exception {
        data = METASTORE.shared().dataDir;
        port = freePort();
        Cli.Result start = Cli.script(data, "scripts/mariadb", "start", "--port", Integer.toString(port));
        assertThat(start.exit()).as(start.out()).isZero();
        port = Integer.parseInt(start.out().strip().lines().reduce((a, b) -> b).orElseThrow());
        Cli.Result sql = Cli.script(
                data,
                "scripts/mariadb",
                "sql",
                "CREATE DATABASE IF NOT EXISTS tpch; "
                        + "CREATE OR REPLACE TABLE tpch.nation (n_nationkey BIGINT, n_name VARCHAR(25)); "
                        + "INSERT INTO tpch.nation VALUES (0, 'ALGERIA'), (1, 'ARGENTINA'), (2, 'BRAZIL'); "
                        + "CREATE OR REPLACE USER 'bench'@'%' IDENTIFIED BY '" + PASSWORD
                        + "'; GRANT ALL ON tpch.* TO 'bench'@'%';");
        assertThat(sql.exit()).as(sql.out()).isZero();
    }

    @AfterAll
    static void stopMariaDb() throws Exception {
        Cli.script(data, "scripts/mariadb", "stop");
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static Map<String, String> env(String password, int serverPort) {
        return Map.of(
                "STARROCKS_HOST",
                "127.0.0.1",
                "STARROCKS_PORT",
                Integer.toString(serverPort),
                "STARROCKS_USER",
                "bench",
                "STARROCKS_PASSWORD",
                password);
    }

    @Test
    void queriesRunThroughTheStarRocksPresetWithTimesRowsAndNoLocalMemory() throws Exception {
        Path dir = Files.createDirectories(data.resolve("remote"));
        Path output = dir.resolve("benchmark_results.json");
        Cli.Result run = Cli.run(
                data,
                data.resolve("cwd"),
                env(PASSWORD, port),
                "run",
                "SELECT n_nationkey, n_name FROM warehouse.tpch.nation ORDER BY n_nationkey",
                "--engines",
                "starrocks",
                "--iterations",
                "3",
                "--output",
                output.toString());
        assertThat(run.exit()).as(run.all()).isZero();
        JsonNode results = ResultsJson.read(output);
        JsonNode engine = ResultsJson.engine(results, "starrocks");
        assertThat(engine.path("version").asText()).contains("MariaDB");
        assertThat(engine.path("rss_after_setup_bytes").isNull()).isTrue();
        JsonNode q = ResultsJson.query(engine, "query");
        assertThat(q.path("rows").asLong()).isEqualTo(3);
        assertThat(q.path("result_preview").path("rows").get(2).get(1).asText()).isEqualTo("BRAZIL");
        assertThat(q.path("iterations")).hasSize(3);
        for (JsonNode it : q.path("iterations")) {
            assertThat(it.path("ms").asDouble()).isPositive();
            assertThat(it.path("peak_rss_bytes").isNull())
                    .as("a remote engine's memory is not measured here")
                    .isTrue();
        }
        assertThat(run.out()).contains("starrocks    ok           1/1 queries ok, peak RSS n/a");
        assertNoPassword(run, dir, engine);
    }

    @Test
    void badSqlIsASqlErrorAndAWrongPasswordIsAuth() throws Exception {
        Path output = data.resolve("remote-bad.json");
        Cli.Result bad = Cli.run(
                data,
                data.resolve("cwd"),
                env(PASSWORD, port),
                "run",
                "SELECT no_such_column FROM tpch.nation",
                "--engines",
                "starrocks",
                "--iterations",
                "1",
                "--output",
                output.toString());
        assertThat(bad.exit()).isEqualTo(1);
        JsonNode error = ResultsJson.query(ResultsJson.read(output), "starrocks", "query")
                .path("error");
        assertThat(error.path("kind").asText()).isEqualTo("sql-error");
        assertThat(error.path("message").asText()).contains("no_such_column");

        Cli.Result auth = Cli.run(
                data,
                data.resolve("cwd"),
                env("wrong-" + PASSWORD, port),
                "run",
                "SELECT count(*) FROM tpch.nation",
                "--engines",
                "starrocks",
                "--iterations",
                "1",
                "--output",
                output.toString());
        assertThat(auth.exit()).isEqualTo(1);
        JsonNode engine = ResultsJson.engine(ResultsJson.read(output), "starrocks");
        assertThat(engine.path("error").path("kind").asText()).isEqualTo("auth");
        assertThat(engine.path("error").path("message").asText()).contains("Access denied for user 'bench'");
        assertThat(auth.all()).doesNotContain(PASSWORD);
    }

    @Test
    void aServerThatDoesNotAnswerIsUnavailableWithHostAndPortNamed() throws Exception {
        int closed = freePort();
        long start = System.nanoTime();
        Cli.Result engines = Cli.run(data, data.resolve("cwd"), env(PASSWORD, closed), "engines");
        assertThat(engines.exit()).isZero();
        assertThat(engines.out())
                .containsPattern("starrocks +unavailable +- +cannot reach 127\\.0\\.0\\.1:" + closed
                        + " \\(Connection refused\\)");
        assertThat(engines.out()).containsPattern("trino +unavailable +- +TRINO_URL is not set");
        Path output = data.resolve("remote-refused.json");
        Cli.Result run = Cli.run(
                data,
                data.resolve("cwd"),
                env(PASSWORD, closed),
                "run",
                "SELECT 1",
                "--engines",
                "starrocks,duckdb",
                "--iterations",
                "1",
                "--output",
                output.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).contains("❌ starrocks unavailable: cannot reach 127.0.0.1:" + closed);
        assertThat(ResultsJson.engine(ResultsJson.read(output), "duckdb")
                        .path("status")
                        .asText())
                .isEqualTo("ok");
        assertThat((System.nanoTime() - start) / 1e9).isLessThan(60);
        Cli.Result unknown =
                Cli.run(data, data.resolve("cwd"), Map.of("STARROCKS_HOST", "no-such-host.invalid"), "engines");
        assertThat(unknown.out()).contains("cannot reach no-such-host.invalid:9030 (unknown host)");
    }

    @Test
    void anEngineOptionNamingTheServerRescuesAnUnreachableDefault() throws Exception {
        Path output = data.resolve("remote-rescued.json");
        Cli.Result run = Cli.run(
                data,
                data.resolve("cwd"),
                env(PASSWORD, freePort()),
                "run",
                "SELECT count(*) AS n FROM warehouse.tpch.nation",
                "--engines",
                "starrocks",
                "-E",
                "starrocks.port=" + port,
                "--iterations",
                "1",
                "--output",
                output.toString());
        assertThat(run.exit()).as(run.all()).isZero();
        assertThat(ResultsJson.query(ResultsJson.read(output), "starrocks", "query")
                        .path("result_preview")
                        .path("rows")
                        .get(0)
                        .get(0)
                        .asLong())
                .isEqualTo(3);
    }

    @Test
    void anyJdbcEngineByUrlWithTheCatalogNameMappedAway() throws Exception {
        Path output = data.resolve("remote-jdbc.json");
        Cli.Result run = Cli.run(
                data,
                "run",
                "SELECT count(*) AS n FROM warehouse.tpch.nation",
                "--jdbc",
                "maria=jdbc:mysql://127.0.0.1:" + port + "/tpch",
                "--engines",
                "duckdb",
                "-E",
                "maria.user=bench",
                "-E",
                "maria.password=" + PASSWORD,
                "--iterations",
                "2",
                "--output",
                output.toString());
        // DuckDB's nation has 25 rows, MariaDB's 3: the answer check must say so
        assertThat(run.exit()).as(run.all()).isEqualTo(1);
        JsonNode results = ResultsJson.read(output);
        assertThat(ResultsJson.query(results, "maria", "query")
                        .path("result_preview")
                        .path("rows")
                        .get(0)
                        .get(0)
                        .asLong())
                .isEqualTo(3);
        // one engine against one: nothing says which is right
        assertThat(results.path("verification").get(0).path("status").asText()).isEqualTo("disagree");
        assertThat(results.path("settings").toString())
                .contains("\"password\":\"***\"")
                .doesNotContain(PASSWORD);
        Cli.Result badJar =
                Cli.run(data, "run", "SELECT 1", "--jdbc", "x=jdbc:nothing:", "-E", "x.driver_jar=/no/such/driver.jar");
        assertThat(badJar.exit()).isEqualTo(2);
        assertThat(badJar.err()).contains("x.driver_jar '/no/such/driver.jar' is not a file");
    }

    private static void assertNoPassword(Cli.Result run, Path dir, JsonNode engine) throws Exception {
        assertThat(run.all()).doesNotContain(PASSWORD);
        List<Path> files = new ArrayList<>(List.of(
                dir.resolve("benchmark_results.json"),
                dir.resolve("benchmark_results.jsonl"),
                dir.resolve("report.html"),
                dir.resolve("report.md")));
        try (Stream<Path> logs = Files.list(Path.of(engine.path("log").asText()).getParent())) {
            logs.forEach(files::add);
        }
        for (Path file : files) {
            assertThat(Files.readString(file)).as(file.toString()).doesNotContain(PASSWORD);
        }
    }
}
