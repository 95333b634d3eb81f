package io.icebench.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.icebench.catalog.IcebergCatalog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.iceberg.FileScanTask;
import org.apache.iceberg.Table;
import org.apache.iceberg.catalog.Namespace;
import org.apache.iceberg.catalog.TableIdentifier;
import org.apache.iceberg.io.CloseableIterable;
import org.junit.jupiter.api.Test;

/**
 * Ctrl-C in the middle of {@code generate tpch}: no table is left without its data, no data file is left
 * unreferenced, and the metastore the command started is stopped; a later run says what is missing.
 */
class InterruptedGenerateTest {

    @Test
    void anInterruptedGenerationLeavesNoHalfMadeTableNoFileAndNoMetastore() throws Exception {
        Path data = Cli.WORK.resolve("interrupted-generate");
        Cli.run(data, "metastore", "stop", "--force");
        // a fresh metastore: nothing left by an earlier run (a lock, a table) can change this one
        TestFiles.deleteTree(data);
        Files.createDirectories(data.resolve("cwd"));
        Process cli = Cli.interruptible(Cli.builder(
                        data,
                        data.resolve("cwd"),
                        Map.of(),
                        "generate",
                        "tpch",
                        "--scale",
                        "0.2",
                        "--namespace",
                        "cut"))
                .redirectOutput(data.resolve("generate.out").toFile())
                .redirectErrorStream(true)
                .start();
        Path warehouse = data.resolve("warehouse/cut.db");
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        // Ctrl-C while the largest table is being written: its files exist, and other tables may be committing
        while (dataFiles(warehouse).stream().noneMatch(f -> f.toString().contains("/lineitem/"))
                && cli.isAlive()
                && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        assertThat(cli.isAlive())
                .as(Files.readString(data.resolve("generate.out")))
                .isTrue();
        Thread.sleep(500);
        Cli.interrupt(cli);
        boolean stopped = cli.waitFor(60, TimeUnit.SECONDS);
        String threads = "";
        if (!stopped) { // its threads while it runs, then it goes, with its metastore, so the next tests start clean
            threads = threadDump(cli);
            Cli.killTree(cli);
        }
        assertThat(stopped)
                .as("generate stopped after Ctrl-C; its threads:\n" + threads)
                .isTrue();
        assertThat(cli.exitValue())
                .as("exit code of generate stopped by Ctrl-C")
                .isEqualTo(130);

        Cli.Result status = Cli.run(data, "metastore", "status");
        assertThat(status.exit()).as(status.all()).isEqualTo(1);
        Cli.Result started = Cli.run(data, "metastore", "start");
        assertThat(started.exit()).as(started.all()).isZero();
        java.util.regex.Matcher uri =
                java.util.regex.Pattern.compile("thrift://127\\.0\\.0\\.1:\\d+").matcher(started.out());
        assertThat(uri.find()).isTrue();
        java.util.Set<String> referenced = new java.util.HashSet<>();
        try (IcebergCatalog catalog = IcebergCatalog.connect(uri.group(), null, "warehouse")) {
            for (TableIdentifier id : catalog.iceberg().listTables(Namespace.of("cut"))) {
                Table table = catalog.iceberg().loadTable(id);
                assertThat(table.currentSnapshot())
                        .as(id + " exists without data")
                        .isNotNull();
                try (CloseableIterable<FileScanTask> tasks = table.newScan().planFiles()) {
                    tasks.forEach(t -> referenced.add(
                            Path.of(java.net.URI.create(t.file().location())).toString()));
                }
            }
        }
        assertThat(dataFiles(warehouse).stream().map(Path::toString).toList())
                .as("data files no committed table references")
                .allMatch(referenced::contains);
        Cli.Result run = Cli.run(
                data,
                "run",
                "SELECT COUNT(*) AS n FROM {table}",
                "warehouse.cut.region",
                "--namespace",
                "cut",
                "--engines",
                "duckdb",
                "--iterations",
                "1",
                "--warmup",
                "0",
                "--no-report");
        assertThat(run.exit()).as(run.all()).isIn(0, 2);
        if (run.exit() == 2) {
            assertThat(run.err()).contains("does not exist").doesNotContain("Exception");
        }
        Cli.run(data, "metastore", "stop", "--force");
    }

    private static String threadDump(Process cli) {
        try {
            Process jcmd = new ProcessBuilder("jcmd", Long.toString(cli.pid()), "Thread.print")
                    .redirectErrorStream(true)
                    .start();
            String dump = new String(jcmd.getInputStream().readAllBytes());
            jcmd.waitFor(30, TimeUnit.SECONDS);
            return dump;
        } catch (Exception e) {
            return "(no thread dump: " + e + ")";
        }
    }

    private static List<Path> dataFiles(Path warehouse) throws Exception {
        if (!Files.isDirectory(warehouse)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(warehouse)) {
            return files.filter(f -> f.toString().endsWith(".parquet")).toList();
        }
    }
}
