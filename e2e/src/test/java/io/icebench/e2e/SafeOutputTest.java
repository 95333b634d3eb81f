package io.icebench.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.icebench.core.protocol.Json;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What {@code --output} may write: only regular files, never a device, pipe, directory or link; one run at a
 * time per output; on a full disk the path is named, the JSON Lines file keeps every complete line and rebuilds
 * the results; a huge result value neither hangs the run nor bloats the results.
 */
class SafeOutputTest {

    @RegisterExtension
    static final SharedMetastoreExtension METASTORE = new SharedMetastoreExtension();

    @Test
    void outputRefusesDevicesPipesDirectoriesAndLinksAndLeavesThemAsTheyWere() throws Exception {
        Path data = METASTORE.shared().dataDir;
        Path dir = Files.createTempDirectory(data, "unsafe-outputs");
        Path outside = Files.createDirectories(data.resolve("outside")).resolve("precious.txt");
        Files.writeString(outside, "precious");
        Path device = dir.resolve("full.json");
        Path fifo = dir.resolve("fifo.json");
        Path link = dir.resolve("link.json");
        Path plain = dir.resolve("plain.json");
        Path reportFifo = Files.createDirectories(dir.resolve("report-fifo")).resolve("report.html");
        // the same device as /dev/full (character 1,7), made here so that the real one is never at risk
        assertThat(new ProcessBuilder("mknod", device.toString(), "c", "1", "7")
                        .start()
                        .waitFor())
                .isZero();
        assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor())
                .isZero();
        assertThat(new ProcessBuilder("mkfifo", reportFifo.toString()).start().waitFor())
                .isZero();
        Files.createSymbolicLink(link, outside);
        Files.createSymbolicLink(dir.resolve("plain.jsonl"), outside);

        for (Path target : List.of(device, fifo, link, dir, plain, reportFifo.resolveSibling("r.json"))) {
            Cli.Result run = Cli.run(data, "run", "SELECT 1", "--engines", "duckdb", "--output", target.toString());
            assertThat(run.exit()).as(target + ": " + run.all()).isEqualTo(2);
            assertThat(run.err().strip().lines()).as(run.err()).hasSize(1);
            assertThat(run.err()).startsWith("icebench: --output");
        }
        assertThat(Files.isRegularFile(device, LinkOption.NOFOLLOW_LINKS)).isFalse();
        assertThat(new ProcessBuilder("test", "-c", device.toString()).start().waitFor())
                .as("still a device")
                .isZero();
        assertThat(new ProcessBuilder("test", "-p", fifo.toString()).start().waitFor())
                .as("still a fifo")
                .isZero();
        assertThat(new ProcessBuilder("test", "-p", reportFifo.toString())
                        .start()
                        .waitFor())
                .as("still a fifo")
                .isZero();
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(outside)).isEqualTo("precious");
        assertThat(plain).doesNotExist();
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
    }

    @Test
    void aSecondRunWithTheSameOutputIsRefusedWhileTheFirstKeepsAllItsResults() throws Exception {
        Path data = METASTORE.shared().dataDir;
        Path cwd = Files.createTempDirectory(data, "same-output");
        Path results = cwd.resolve("benchmark_results.json");
        Path jsonLines = cwd.resolve("benchmark_results.jsonl");
        // the default output in the same working directory
        Process first = Cli.builder(
                        data,
                        cwd,
                        Map.of(),
                        "run",
                        "SELECT count(*) FROM range(300000000) t(i) WHERE i % 7 = 3",
                        "--engines",
                        "duckdb",
                        "--iterations",
                        "3")
                .redirectOutput(cwd.resolve("first.out").toFile())
                .redirectError(cwd.resolve("first.err").toFile())
                .start();
        try {
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
            while (!Files.exists(jsonLines) && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            assertThat(jsonLines).as("the first run claims its output at once").exists();
            Cli.Result second = Cli.run(data, cwd, Map.of(), "run", "SELECT 1", "--engines", "duckdb");
            assertThat(second.exit()).as(second.all()).isEqualTo(2);
            assertThat(second.err()).contains("another icebench run is writing " + jsonLines);
            assertThat(first.isAlive())
                    .as("the refusal came while the first run was still running")
                    .isTrue();
            assertThat(first.waitFor(8, TimeUnit.MINUTES)).isTrue();
        } finally {
            Cli.killTree(first);
        }
        assertThat(first.exitValue())
                .as(Files.readString(cwd.resolve("first.err")))
                .isZero();
        JsonNode query = ResultsJson.query(ResultsJson.read(results), "duckdb", "query");
        assertThat(query.path("status").asText()).isEqualTo("ok");
        assertThat(query.path("iterations")).hasSize(3);
        List<String> lines = Files.readAllLines(jsonLines);
        assertThat(lines.get(0)).contains("\"event\":\"run_started\"");
        assertThat(lines.get(lines.size() - 1)).contains("\"event\":\"run_finished\"");
        try (Stream<Path> left = Files.list(cwd)) {
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
    }

    @Test
    void aFullDiskNamesThePathKeepsEveryCompleteLineAndTheResultsAreRebuiltFromThem() throws Exception {
        Path data = METASTORE.shared().dataDir;
        Path disk = Files.createDirectories(data.resolve("small-disk"));
        boolean mounted = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=256k", "tmpfs", disk.toString())
                        .inheritIO()
                        .start()
                        .waitFor()
                == 0;
        assumeTrue(mounted, "mounting a small tmpfs needs root (mount -t tmpfs)");
        try {
            // leave 28 KB: the start of the run fits, its iterations fill the disk
            Files.write(disk.resolve("filler"), new byte[256 * 1024 - 28 * 1024]);
            Path output = disk.resolve("r.json");
            Path jsonLines = disk.resolve("r.jsonl");
            Cli.Result run = Cli.run(
                    data,
                    "run",
                    "SELECT 42 AS answer",
                    "--engines",
                    "duckdb",
                    "--iterations",
                    "80",
                    "--output",
                    output.toString());
            assertThat(run.exit()).as(run.all()).isEqualTo(1);
            assertThat(run.err())
                    .contains("icebench: cannot write " + output + " (No space left on device)")
                    .contains("./icebench report --from-jsonl " + jsonLines);
            assertThat(output).doesNotExist();
            List<String> lines = Files.readAllLines(jsonLines);
            assertThat(Files.readString(jsonLines)).endsWith("\n");
            for (String line : lines) {
                assertThat(Json.MAPPER.readTree(line).path("event").asText())
                        .as(line)
                        .isNotEmpty();
            }
            long iterations = lines.stream()
                    .filter(l -> l.contains("\"event\":\"iteration\""))
                    .count();
            assertThat(iterations).isGreaterThan(5);
            try (Stream<Path> left = Files.list(disk)) {
                assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
            }

            Files.delete(disk.resolve("filler"));
            Cli.Result rebuilt = Cli.run(data, "report", "--from-jsonl", jsonLines.toString());
            assertThat(rebuilt.exit()).as(rebuilt.all()).isZero();
            JsonNode query = ResultsJson.query(ResultsJson.read(output), "duckdb", "query");
            assertThat(query.path("iterations").size()).isPositive();
            assertThat(query.path("sql").asText()).isEqualTo("SELECT 42 AS answer");
            assertThat(disk.resolve("report.html")).isRegularFile();
        } finally {
            new ProcessBuilder("umount", "-l", disk.toString())
                    .inheritIO()
                    .start()
                    .waitFor();
        }
    }

    @Test
    void aHugeResultValueFinishesQuicklyWithAFingerprintAndABoundedPreview() throws Exception {
        Path data = METASTORE.shared().dataDir;
        Path output = Files.createDirectories(data.resolve("huge-value")).resolve("r.json");
        long start = System.nanoTime();
        Cli.Result run = Cli.run(
                data,
                "run",
                "SELECT repeat('x', 30000000) AS big",
                "--engines",
                "duckdb",
                "--iterations",
                "1",
                "--output",
                output.toString());
        double seconds = (System.nanoTime() - start) / 1e9;
        assertThat(run.exit()).as(run.all()).isZero();
        assertThat(seconds).as("never waits for the engine budget").isLessThan(180);
        JsonNode query = ResultsJson.query(ResultsJson.read(output), "duckdb", "query");
        assertThat(query.path("status").asText()).isEqualTo("ok");
        assertThat(query.path("rows").asLong()).isEqualTo(1);
        assertThat(query.path("fingerprint").asText()).isNotBlank();
        String value = query.path("result_preview").path("rows").get(0).get(0).asText();
        assertThat(value).startsWith("xxxx").endsWith("[preview cut: 30000000 characters in all]");
        assertThat(value.length()).isLessThan(2_000);
        assertThat(Files.size(output)).isLessThan(1_000_000);
    }
}
