package io.icebench.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A real Trino server (scripts/trino, Java 24+) whose Iceberg catalog follows icebench's connection: TPC-H on the
 * embedded S3 server behind the embedded REST catalog, Trino's answers against another engine's, no secret in any output
 * or log, a server running with another catalog is told, not reused; nothing left running.
 * One query against Arrow keeps CI short; -Dtrino.lakehouse.queries=all runs all 22 against Spark (they all
 * matched when run by hand).
 */
class TrinoLakehouseTest {

    private static final Path DATA = Cli.WORK.resolve("trino-lakehouse");
    private static final String QUERIES = System.getProperty("trino.lakehouse.queries", "q6");

    @Test
    void trinoReadsTheRestCatalogsTablesOnS3AndAgreesWithSpark() throws Exception {
        freshDataDirectoryKeepingTheTrinoInstall();
        linkTrinoInstalledByTheSharedDataDirectory();
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        List<String> outputs = new ArrayList<>();
        try {
            Cli.Result gen =
                    Cli.run(DATA, "generate", "tpch", "--scale", "0.01", "--catalog", "rest", "--storage", "s3");
            assertThat(gen.exit()).as(gen.all()).isZero();
            Cli.Result start = Cli.script(
                    DATA,
                    "scripts/trino",
                    "start",
                    "--port",
                    Integer.toString(port),
                    "--catalog",
                    "rest",
                    "--storage",
                    "s3");
            outputs.add(start.all());
            assertThat(start.exit()).as(start.out()).isZero();
            assertThat(start.out())
                    .contains("Trino 476 up")
                    .contains("catalog iceberg on REST catalog http://127.0.0.1:")
                    .contains("token=***")
                    .contains("s3 endpoint http://127.0.0.1:");
            Path catalogFile = DATA.resolve("trino/trino-server-476/etc/catalog/iceberg.properties");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(catalogFile)))
                    .isEqualTo("rw-------");
            assertThat(Files.readString(catalogFile))
                    .contains("iceberg.catalog.type=rest", "fs.native-s3.enabled=true");

            Cli.Result same = Cli.script(
                    DATA,
                    "scripts/trino",
                    "start",
                    "--port",
                    Integer.toString(port),
                    "--catalog",
                    "rest",
                    "--storage",
                    "s3");
            outputs.add(same.all());
            assertThat(same.exit()).as(same.out()).isZero();
            assertThat(same.out()).contains("already running");
            Cli.Result other =
                    Cli.script(DATA, "scripts/trino", "start", "--port", Integer.toString(port), "--catalog", "rest");
            outputs.add(other.all());
            assertThat(other.exit()).as(other.out()).isEqualTo(2);
            assertThat(other.out())
                    .contains("Trino already runs with another catalog configuration")
                    .contains("restart");

            Path output = Files.createDirectories(DATA.resolve("run")).resolve("results.json");
            // Arrow checks one query cheaply; all 22 need Spark (Arrow runs about half of TPC-H)
            List<String> args = new ArrayList<>(List.of(
                    "run",
                    "--suite",
                    "tpch",
                    "--engines",
                    QUERIES.equals("all") ? "trino,spark" : "trino,arrow",
                    "--catalog",
                    "rest",
                    "--storage",
                    "s3",
                    "--iterations",
                    "1",
                    "--warmup",
                    "0",
                    "--output",
                    output.toString()));
            if (!QUERIES.equals("all")) {
                args.addAll(List.of("--queries", QUERIES));
            }
            Cli.Result run = Cli.run(
                    DATA,
                    DATA.resolve("cwd"),
                    Map.of("TRINO_URL", "jdbc:trino://127.0.0.1:" + port),
                    args.toArray(String[]::new));
            outputs.add(run.all());
            assertThat(run.exit()).as(run.all()).isZero();
            JsonNode results = ResultsJson.read(output);
            JsonNode trino = ResultsJson.engine(results, "trino");
            int expected = QUERIES.equals("all") ? 22 : QUERIES.split(",").length;
            assertThat(trino.path("queries"))
                    .hasSize(expected)
                    .allSatisfy(q -> assertThat(q.path("error").isMissingNode()
                                    || q.path("error").isNull())
                            .as(q.toString())
                            .isTrue());
            assertThat(results.path("verification"))
                    .hasSize(expected)
                    .allSatisfy(v -> assertThat(v.path("engines").path("trino").asText())
                            .as(v.toString())
                            .isEqualTo("match"));
            assertNoSecretIn(outputs);
        } finally {
            Cli.script(DATA, "scripts/trino", "stop");
            Cli.run(DATA, "rest", "stop", "--force");
            Cli.run(DATA, "s3", "stop", "--force");
        }
        assertThat(Cli.script(DATA, "scripts/trino", "status").exit()).isNotZero();
        assertThat(Cli.run(DATA, "rest", "status").exit()).isNotZero();
        assertThat(Cli.run(DATA, "s3", "status").exit()).isNotZero();
        assertThat(ProcessHandle.allProcesses()
                        .filter(p -> p.info()
                                .commandLine()
                                .map(c -> c.contains(DATA.toString()))
                                .orElse(false)))
                .isEmpty();
    }

    /** The secret key and the token appear in no console output, result, report, worker log or Trino's log. */
    private static void assertNoSecretIn(List<String> outputs) throws Exception {
        String secret = ResultsJson.read(DATA.resolve("s3/credentials.json"))
                .path("secret_access_key")
                .asText();
        String token = Files.readString(DATA.resolve("rest/token")).strip();
        assertThat(secret).isNotBlank();
        assertThat(token).isNotBlank();
        assertThat(outputs)
                .allSatisfy(out -> assertThat(out).doesNotContain(secret).doesNotContain(token));
        List<Path> files;
        try (Stream<Path> all = Stream.of(DATA.resolve("run"), DATA.resolve("logs"), DATA.resolve("cwd"))
                .filter(Files::isDirectory)
                .flatMap(TrinoLakehouseTest::walk)) {
            files = new ArrayList<>(all.filter(Files::isRegularFile).toList());
        }
        files.add(DATA.resolve("trino/server.log"));
        assertThat(files)
                .allSatisfy(file -> assertThat(Files.readString(file))
                        .as(file.toString())
                        .doesNotContain(secret)
                        .doesNotContain(token));
    }

    private static Stream<Path> walk(Path dir) {
        try {
            return Files.walk(dir);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * TrinoTest and TpcdsSuiteTest unpack Trino (about 570 MB, half a minute) in the shared data directory; when they
     * ran first, this directory gets hard links to its files instead of a second unpacking. etc/ is left out:
     * scripts/trino writes this directory's own configuration there.
     */
    private static void linkTrinoInstalledByTheSharedDataDirectory() throws Exception {
        Path server = Path.of("trino", "trino-server-476");
        Path installed = Cli.WORK.resolve("shared-data").resolve(server);
        Path mine = DATA.resolve(server);
        if (Files.exists(mine) || !Files.exists(installed.resolve(".installed"))) {
            return;
        }
        Files.createDirectories(mine.getParent());
        Process link = new ProcessBuilder("cp", "-al", installed.toString(), mine.toString())
                .inheritIO()
                .start();
        assertThat(link.waitFor()).as("cp -al " + installed).isZero();
        try (Stream<Path> etc = Files.walk(mine.resolve("etc"))) {
            etc.sorted(java.util.Comparator.reverseOrder())
                    .forEach(p -> p.toFile().delete());
        }
    }

    /** A new catalog and bucket each run; the unpacked Trino server (hundreds of MB) is kept. */
    private static void freshDataDirectoryKeepingTheTrinoInstall() throws Exception {
        Files.createDirectories(DATA);
        Cli.script(DATA, "scripts/trino", "stop");
        Cli.run(DATA, "rest", "stop", "--force");
        Cli.run(DATA, "s3", "stop", "--force");
        try (Stream<Path> entries = Files.list(DATA)) {
            for (Path entry : entries.filter(p -> !p.getFileName().toString().equals("trino"))
                    .toList()) {
                try (Stream<Path> tree = Files.walk(entry)) {
                    tree.sorted(java.util.Comparator.reverseOrder())
                            .forEach(p -> p.toFile().delete());
                }
            }
        }
    }
}
