package io.icebench.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * TPC-H on the embedded S3 server (real s3proxy, signatures checked) behind the embedded Iceberg REST catalog
 * (Iceberg's own server, bearer token): written by the generator, read by Polars, Arrow and Spark on a standalone cluster; DuckDB
 * is unavailable with the httpfs reason; a PyIceberg definition reaches the same tables; a wrong token is auth, an
 * unreachable catalog is connection; no secret in any output; nothing left running.
 */
class LakehouseOnS3Test {

    private static final Path DATA = Cli.WORK.resolve("lakehouse-s3");

    @BeforeAll
    static void generate() throws Exception {
        Cli.run(DATA, "rest", "stop", "--force");
        Cli.run(DATA, "s3", "stop", "--force");
        Cli.Result gen = Cli.run(DATA, "generate", "tpch", "--scale", "0.01", "--catalog", "rest", "--storage", "s3");
        assertThat(gen.exit()).as(gen.all()).isZero();
    }

    @AfterAll
    static void stopAll() throws Exception {
        Cli.run(DATA, "rest", "stop", "--force");
        Cli.run(DATA, "s3", "stop", "--force");
        assertThat(Cli.run(DATA, "rest", "status").exit()).isNotZero();
        assertThat(Cli.run(DATA, "s3", "status").exit()).isNotZero();
    }

    private static String secret() throws Exception {
        return ResultsJson.read(DATA.resolve("s3/credentials.json"))
                .path("secret_access_key")
                .asText();
    }

    private static String token() throws Exception {
        return Files.readString(DATA.resolve("rest/token")).strip();
    }

    @Test
    void everyEngineReadsTheRestCatalogsTablesOnS3OrSaysWhyNot() throws Exception {
        Path output = Files.createDirectories(DATA.resolve("run")).resolve("results.json");
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        // Spark on a standalone cluster: its executors, other processes, read S3 (the distributed path)
        Cli.Result cluster = Cli.script(
                DATA,
                "scripts/spark-cluster",
                "start",
                "--port",
                Integer.toString(port),
                "--cores",
                "2",
                "--memory",
                "1g");
        Cli.Result run;
        try {
            assertThat(cluster.exit()).as(cluster.out()).isZero();
            run = Cli.run(
                    DATA,
                    "run",
                    "--suite",
                    "tpch",
                    "--queries",
                    "q6",
                    "--engines",
                    "duckdb,polars,arrow,spark",
                    "--iterations",
                    "1",
                    "--warmup",
                    "0",
                    "--catalog",
                    "rest",
                    "--storage",
                    "s3",
                    "--spark-master",
                    "spark://127.0.0.1:" + port,
                    "--output",
                    output.toString());
            assertThat(DATA.resolve("spark-cluster/work"))
                    .isDirectoryContaining(p -> p.getFileName().toString().startsWith("app-"));
        } finally {
            assertThat(Cli.script(DATA, "scripts/spark-cluster", "stop").exit()).isZero();
        }
        assertThat(Cli.script(DATA, "scripts/spark-cluster", "status").exit()).isEqualTo(1);
        Thread.sleep(500);
        assertThat(ProcessHandle.allProcesses()
                        .filter(p -> p.info()
                                .commandLine()
                                .map(c ->
                                        c.contains(DATA.resolve("spark-cluster").toString()))
                                .orElse(false)))
                .isEmpty();
        JsonNode results = ResultsJson.read(output);
        assertThat(results.path("settings").path("catalog").asText()).startsWith("REST catalog http://127.0.0.1:");
        assertThat(results.path("tables"))
                .allSatisfy(t -> assertThat(t.path("location").asText()).startsWith("s3://icebench/rest-warehouse/"));
        for (String engine : new String[] {"polars", "arrow", "spark"}) {
            JsonNode q6 = ResultsJson.engine(results, engine).path("queries").get(0);
            assertThat(q6.path("error").isMissingNode() || q6.path("error").isNull())
                    .as(engine + " " + q6)
                    .isTrue();
        }
        // it can open none of the tables: unavailable as a whole, with the reason
        assertThat(ResultsJson.engine(results, "duckdb").path("status").asText())
                .isEqualTo("unavailable");
        JsonNode duckdb = ResultsJson.engine(results, "duckdb").path("error");
        assertThat(duckdb.path("kind").asText()).isEqualTo("unavailable");
        assertThat(duckdb.path("message").asText()).contains("is on s3").contains("-E duckdb.extension_directory=DIR");
        JsonNode verification = results.path("verification").get(0);
        assertThat(verification.path("engines").path("spark").asText())
                .as(verification.toString())
                .isEqualTo("match");
        assertThat(verification.path("engines").path("arrow").asText()).isEqualTo("match");
        String secret = secret();
        String token = token();
        try (Stream<Path> files = Stream.concat(Files.walk(DATA.resolve("run")), Files.walk(DATA.resolve("logs")))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                assertThat(Files.readString(file))
                        .as(file.toString())
                        .doesNotContain(secret)
                        .doesNotContain(token);
            }
        }
        assertThat(run.all()).doesNotContain(secret).doesNotContain(token);
    }

    @Test
    void aPyIcebergDefinitionReachesTheSameTablesAndFailuresAreTold() throws Exception {
        assertThat(Cli.run(DATA, "s3", "start").exit()).isZero();
        // after the S3 server: the REST catalog takes its keys for the embedded bucket
        assertThat(Cli.run(DATA, "rest", "start", "--warehouse", "s3://icebench/rest-warehouse")
                        .exit())
                .isZero();
        String rest =
                ResultsJson.read(DATA.resolve("rest/rest.json")).path("uri").asText();
        String endpoint =
                ResultsJson.read(DATA.resolve("s3/s3.json")).path("endpoint").asText();
        String key = ResultsJson.read(DATA.resolve("s3/credentials.json"))
                .path("access_key_id")
                .asText();
        Path home = Files.createDirectories(DATA.resolve("pyiceberg"));
        Files.writeString(
                home.resolve(".pyiceberg.yaml"),
                "catalog:\n  lake:\n    uri: " + rest + "\n    token: " + token() + "\n    s3.endpoint: " + endpoint
                        + "\n    s3.access-key-id: " + key + "\n");
        Map<String, String> env =
                Map.of("PYICEBERG_HOME", home.toString(), "PYICEBERG_CATALOG__LAKE__S3__SECRET_ACCESS_KEY", secret());
        Path output = home.resolve("results.json");
        Cli.Result named = Cli.run(
                DATA,
                home,
                env,
                "run",
                "--suite",
                "tpch",
                "--queries",
                "q6",
                "--engines",
                "polars",
                "--iterations",
                "1",
                "--warmup",
                "0",
                "--catalog",
                "lake",
                "--output",
                output.toString());
        assertThat(named.exit()).as(named.all()).isZero();
        assertThat(ResultsJson.read(output)
                        .path("tables")
                        .get(0)
                        .path("location")
                        .asText())
                .startsWith("s3://icebench/");

        // OAuth2 client credentials instead of the token: the catalog's token endpoint gives one
        Cli.Result credential = Cli.run(
                DATA,
                home,
                Map.of(
                        "ICEBERG_CATALOG_URI",
                        rest,
                        "ICEBERG_CATALOG_CREDENTIAL",
                        "icebench:" + token(),
                        "AWS_ENDPOINT_URL_S3",
                        endpoint,
                        "AWS_ACCESS_KEY_ID",
                        key,
                        "AWS_SECRET_ACCESS_KEY",
                        secret()),
                "run",
                "--suite",
                "tpch",
                "--queries",
                "q6",
                "--engines",
                "polars",
                "--iterations",
                "1",
                "--warmup",
                "0",
                "--output",
                home.resolve("credential.json").toString());
        assertThat(credential.exit()).as(credential.all()).isZero();
        assertThat(credential.all()).doesNotContain(token()).doesNotContain(secret());

        Cli.Result wrongKey = Cli.run(
                DATA,
                home,
                Map.of(
                        "PYICEBERG_HOME",
                        home.toString(),
                        "PYICEBERG_CATALOG__LAKE__S3__SECRET_ACCESS_KEY",
                        "not-the-secret"),
                "run",
                "--suite",
                "tpch",
                "--queries",
                "q6",
                "--engines",
                "polars",
                "--iterations",
                "1",
                "--catalog",
                "lake");
        assertThat(wrongKey.exit()).as(wrongKey.all()).isEqualTo(1);
        assertThat(wrongKey.err())
                .contains("icebench: auth: S3 endpoint " + endpoint + " refused the S3 keys")
                .doesNotContain("not-the-secret");
        Cli.Result noStorage = Cli.run(
                DATA,
                home,
                Map.of(
                        "PYICEBERG_HOME",
                        home.toString(),
                        "PYICEBERG_CATALOG__LAKE__S3__ENDPOINT",
                        "http://127.0.0.1:1",
                        "PYICEBERG_CATALOG__LAKE__S3__SECRET_ACCESS_KEY",
                        secret()),
                "run",
                "--suite",
                "tpch",
                "--queries",
                "q6",
                "--engines",
                "polars",
                "--iterations",
                "1",
                "--catalog",
                "lake");
        assertThat(noStorage.exit()).as(noStorage.all()).isEqualTo(1);
        assertThat(noStorage.err()).contains("icebench: connection: cannot reach S3 endpoint http://127.0.0.1:1");

        Cli.Result wrongToken = Cli.run(
                DATA,
                home,
                Map.of("ICEBERG_CATALOG_URI", rest, "ICEBERG_CATALOG_TOKEN", "not-the-token"),
                "run",
                "--suite",
                "tpch",
                "--queries",
                "q6",
                "--engines",
                "polars",
                "--iterations",
                "1");
        assertThat(wrongToken.exit()).isEqualTo(1);
        assertThat(wrongToken.err())
                .contains("icebench: auth: REST catalog " + rest)
                .doesNotContain("not-the-token");
        Cli.Result unreachable = Cli.run(
                DATA,
                "run",
                "--suite",
                "tpch",
                "--queries",
                "q6",
                "--engines",
                "polars",
                "--catalog-uri",
                "http://127.0.0.1:1/catalog");
        assertThat(unreachable.exit()).isEqualTo(1);
        assertThat(unreachable.err())
                .contains("icebench: connection: cannot reach REST catalog http://127.0.0.1:1/catalog");
    }
}
