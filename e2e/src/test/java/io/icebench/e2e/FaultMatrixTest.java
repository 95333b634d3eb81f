package io.icebench.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The fault matrix beyond {@link WorkerFaultsTest} (SIGKILL, timeout, Ctrl-C) and {@link UsageErrorsTest}:
 * out of memory, a native crash, a deleted data file, the metastore killed mid-run, and secrets. Each case
 * checks the message, that the rest of the run went on, the results files, the exit code and that no
 * process is left.
 */
class FaultMatrixTest {

    @RegisterExtension
    static final SharedMetastoreExtension METASTORE = new SharedMetastoreExtension();

    @Test
    void aWorkerOutOfHeapIsOomAndTheNextQueryRunsInAFreshWorker() throws Exception {
        SharedMetastore shared = METASTORE.shared();
        Path suite = Files.createDirectories(shared.dataDir.resolve("oom-suite"));
        // 600,000 rows of lineitem held for the answer check do not fit in 16 MB of heap
        Files.writeString(suite.resolve("a_big.sql"), "select l.*, r.range from lineitem l, range(10) r");
        Files.writeString(suite.resolve("b_count.sql"), "select count(*) from orders");
        Path output = Faults.freshOutput(shared, "oom");
        Cli.Result run = Cli.run(
                shared.dataDir,
                "run",
                "--suite",
                suite.toString(),
                "--engines",
                "duckdb",
                "-E",
                "duckdb.heap=16m",
                "--iterations",
                "1",
                "--warmup",
                "0",
                "--output",
                output.toString());
        assertThat(run.exit()).as(run.all()).isEqualTo(1);
        assertThat(run.out()).contains("❌ oom: worker process died");
        JsonNode duckdb = ResultsJson.engine(ResultsJson.read(output), "duckdb");
        assertThat(ResultsJson.query(duckdb, "a_big").path("error").path("kind").asText())
                .isEqualTo("oom");
        assertThat(ResultsJson.query(duckdb, "b_count").path("status").asText()).isEqualTo("ok");
        assertThat(duckdb.path("worker_starts").asInt()).isEqualTo(2);
        assertThat(Cli.liveWorkers()).isEmpty();
    }

    @Test
    void aNativeCrashIsACrashItsReportStaysInTheLogFolderAndTheNextQueryRuns() throws Exception {
        SharedMetastore shared = METASTORE.shared();
        Path suite = Faults.fastSlowSuite(shared, "segv-suite");
        Files.writeString(suite.resolve("c_count.sql"), "select count(*) from orders");
        Path output = Faults.freshOutput(shared, "segv");
        Path cwd = Files.createDirectories(shared.dataDir.resolve("segv-cwd"));
        Process cli = Cli.builder(
                        shared.dataDir,
                        cwd,
                        Map.of(),
                        "run",
                        "--suite",
                        suite.toString(),
                        "--engines",
                        "duckdb",
                        "--iterations",
                        "1",
                        "--warmup",
                        "0",
                        "--output",
                        output.toString())
                .redirectOutput(shared.dataDir.resolve("segv.out").toFile())
                .redirectErrorStream(true)
                .start();
        Faults.awaitLine(shared.dataDir.resolve("segv.jsonl"), "\"query\":\"a_count\"", cli);
        Thread.sleep(1500);
        ProcessHandle worker = Faults.workerOf(cli).orElseThrow();
        new ProcessBuilder("kill", "-SEGV", Long.toString(worker.pid())).start().waitFor();
        assertThat(cli.waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(cli.exitValue()).isEqualTo(1);
        JsonNode duckdb = ResultsJson.engine(ResultsJson.read(output), "duckdb");
        JsonNode crashed = ResultsJson.query(duckdb, "b_slow");
        assertThat(crashed.path("error").path("kind").asText()).isEqualTo("crash");
        assertThat(crashed.path("error").path("message").asText()).contains("SIGSEGV");
        assertThat(ResultsJson.query(duckdb, "c_count").path("status").asText()).isEqualTo("ok");
        try (Stream<Path> files = Files.list(cwd)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith("hs_err"));
        }
        try (Stream<Path> files =
                Files.list(Path.of(duckdb.path("log").asText()).getParent())) {
            assertThat(files.map(p -> p.getFileName().toString())).anyMatch(n -> n.startsWith("duckdb-hs_err_pid"));
        }
        assertThat(Cli.liveWorkers()).isEmpty();
    }

    @Test
    void aDeletedDataFileIsAnIoErrorNamingTheFileOnEveryEngine() throws Exception {
        SharedMetastore shared = METASTORE.shared();
        Cli.Result generate = Cli.run(
                shared.dataDir,
                "generate",
                "synthetic",
                "--rows",
                "2000",
                "--files",
                "2",
                "--table",
                "faults.gone",
                "--replace");
        assertThat(generate.exit()).as(generate.all()).isZero();
        Path deleted;
        try (Stream<Path> files = Files.list(shared.dataDir.resolve("warehouse/faults.db/gone/data"))) {
            deleted = files.filter(p -> p.toString().endsWith(".parquet"))
                    .sorted()
                    .findFirst()
                    .orElseThrow();
        }
        Files.delete(deleted);
        Path output = Faults.freshOutput(shared, "deleted");
        Cli.Result run = Cli.run(
                shared.dataDir,
                "run",
                "SELECT sum(quantity) AS q FROM faults.gone",
                "--namespace",
                "faults",
                "--engines",
                "duckdb,spark,polars",
                "--iterations",
                "1",
                "--spark-master",
                "local[1]",
                "--output",
                output.toString());
        assertThat(run.exit()).as(run.all()).isEqualTo(1);
        JsonNode results = ResultsJson.read(output);
        String name = deleted.getFileName().toString();
        JsonNode duckdb = ResultsJson.engine(results, "duckdb").path("error");
        assertThat(duckdb.path("kind").asText()).isEqualTo("io");
        assertThat(duckdb.path("message").asText()).contains(name);
        for (String engine : new String[] {"spark", "polars"}) {
            JsonNode error = ResultsJson.query(results, engine, "query").path("error");
            assertThat(error.path("kind").asText()).as(engine).isEqualTo("io");
            assertThat(error.path("message").asText()).as(engine).contains(name);
        }
        assertThat(Cli.liveWorkers()).isEmpty();
    }

    @Test
    void theMetastoreKilledMidRunFailsTheEngineThatNeedsItAndKeepsTheRest() throws Exception {
        Path data = Files.createDirectories(Cli.WORK.resolve("fault-metastore"));
        Cli.run(data, "metastore", "stop");
        Cli.Result started = Cli.run(data, "metastore", "start");
        assertThat(started.exit()).as(started.all()).isZero();
        Matcher uri = Pattern.compile("thrift://127\\.0\\.0\\.1:(\\d+)").matcher(started.out());
        assertThat(uri.find()).isTrue();
        try {
            assertThat(Cli.run(data, "generate", "synthetic", "--rows", "1000", "--table", "tpch.t")
                            .exit())
                    .isZero();
            Path suite = Files.createDirectories(data.resolve("suite"));
            Files.writeString(suite.resolve("a_slow.sql"), Faults.SLOW);
            Path output = data.resolve("killed.json");
            Files.deleteIfExists(data.resolve("killed.jsonl"));
            Process cli = Cli.builder(
                            data,
                            data,
                            Map.of(),
                            "run",
                            "--suite",
                            suite.toString(),
                            "--engines",
                            "duckdb,spark",
                            "--iterations",
                            "1",
                            "--warmup",
                            "0",
                            "--query-timeout",
                            "5s",
                            "--spark-master",
                            "local[1]",
                            "--output",
                            output.toString())
                    .redirectOutput(data.resolve("killed.out").toFile())
                    .redirectErrorStream(true)
                    .start();
            Faults.awaitEvent(data.resolve("killed.jsonl"), "engine_ready", "\"engine\":\"duckdb\"", cli);
            Cli.Result stopped = Cli.run(data, "metastore", "stop", "--force"); // the run holds a lease
            assertThat(stopped.exit()).as(stopped.all()).isZero();
            assertThat(cli.waitFor(3, TimeUnit.MINUTES)).isTrue();
            assertThat(cli.exitValue()).isEqualTo(1);
            JsonNode results = ResultsJson.read(output);
            assertThat(ResultsJson.query(results, "duckdb", "a_slow")
                            .path("error")
                            .path("kind")
                            .asText())
                    .isEqualTo("timeout");
            JsonNode spark = ResultsJson.engine(results, "spark");
            assertThat(spark.path("status").asText()).isEqualTo("error");
            assertThat(spark.path("error").path("kind").asText()).isEqualTo("connection");
            assertThat(spark.path("error").path("message").asText())
                    .startsWith("cannot reach the metastore at thrift://127.0.0.1:" + uri.group(1));
            assertThat(Files.readAllLines(data.resolve("killed.jsonl")))
                    .anyMatch(l -> l.contains("\"event\":\"engine_failed\""));
            assertThat(Cli.liveWorkers()).isEmpty();
        } finally {
            Cli.run(data, "metastore", "stop");
        }
    }

    @Test
    void aSecretGivenToAnEngineAppearsInNoOutput() throws Exception {
        SharedMetastore shared = METASTORE.shared();
        String secret = "S3cr3t-Value-" + ProcessHandle.current().pid();
        Path dir = Files.createDirectories(shared.dataDir.resolve("secret"));
        Path output = dir.resolve("benchmark_results.json");
        Cli.Result run = Cli.run(
                shared.dataDir,
                shared.dataDir.resolve("cwd"),
                Map.of("STARROCKS_PASSWORD", secret),
                "run",
                "--suite",
                "tpch",
                "--queries",
                "q6",
                "--engines",
                "duckdb,spark",
                "--iterations",
                "1",
                "--spark-master",
                "local[1]",
                "--spark-conf",
                "spark.hadoop.fs.s3a.secret.key=" + secret,
                "--spark-conf",
                "spark.hadoop.fs.azure.account.key.acct.dfs.core.windows.net=" + secret,
                "--output",
                output.toString());
        assertThat(run.exit()).as(run.all()).isZero();
        assertThat(run.all()).doesNotContain(secret);
        List<Path> outputs = new java.util.ArrayList<>(List.of(
                output, dir.resolve("benchmark_results.jsonl"), dir.resolve("report.html"), dir.resolve("report.md")));
        try (Stream<Path> logs = Files.walk(Path.of(ResultsJson.engine(ResultsJson.read(output), "spark")
                        .path("log")
                        .asText())
                .getParent())) {
            logs.filter(Files::isRegularFile).forEach(outputs::add);
        }
        outputs.add(shared.dataDir.resolve("logs/metastore.log"));
        for (Path file : outputs) {
            assertThat(Files.readString(file)).as(file.toString()).doesNotContain(secret);
        }
        assertThat(Files.readString(output)).contains("\"conf.spark.hadoop.fs.s3a.secret.key\" : \"***\"");
        assertThat(Files.readString(output))
                .contains("\"conf.spark.hadoop.fs.azure.account.key.acct.dfs.core.windows.net\" : \"***\"");
    }
}
