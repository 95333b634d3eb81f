package io.icebench.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.icebench.core.config.UserCache;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A worker's temporary files go to a directory the coordinator owns, under the data directory, not into the
 * machine's /tmp; when the worker is killed by a timeout that directory goes with it, and directories left by
 * coordinators that died are swept at the next run. DuckDB's native library (71 MB), which its jar would copy to a
 * temporary file at every start, is loaded from the user's cache, where it was unpacked once.
 */
class WorkerTempDirsTest {

    @RegisterExtension
    static final SharedMetastoreExtension METASTORE = new SharedMetastoreExtension();

    @Test
    void aTimedOutWorkerLeavesNoFileBehindAndNothingGoesToTmp() throws Exception {
        SharedMetastore shared = METASTORE.shared();
        Path tempRoot = shared.dataDir.resolve("tmp");
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        Path deadRun =
                Files.createDirectories(tempRoot.resolve(gone.pid() + "-1000").resolve("worker-1"));
        Files.writeString(deadRun.resolve("libduckdb_java123.so"), "left by a coordinator killed with SIGKILL");
        Path suite = Faults.fastSlowSuite(shared, "tempdir-suite");
        Path output = Faults.freshOutput(shared, "tempdirs");

        Process cli = Cli.builder(
                        shared.dataDir,
                        shared.dataDir.resolve("cwd"),
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
                        "--query-timeout",
                        "6s",
                        "--no-report",
                        "--output",
                        output.toString())
                .redirectOutput(shared.dataDir.resolve("tempdirs.out").toFile())
                .redirectError(shared.dataDir.resolve("tempdirs.err").toFile())
                .start();
        Faults.awaitLine(shared.dataDir.resolve("tempdirs.jsonl"), "\"query\":\"a_count\"", cli);
        ProcessHandle worker = Faults.workerOf(cli).orElseThrow(() -> new AssertionError("no worker running b_slow"));
        List<String> duckdbLibraries =
                Files.readAllLines(Path.of("/proc", Long.toString(worker.pid()), "maps")).stream()
                        .filter(line -> line.contains("libduckdb_java"))
                        .map(line -> line.substring(line.indexOf('/')).replace(" (deleted)", ""))
                        .distinct()
                        .toList();
        assertThat(duckdbLibraries)
                .as("DuckDB's native library, as the worker mapped it")
                .hasSize(1);
        Path library = Path.of(duckdbLibraries.get(0));
        assertThat(library)
                .as("unpacked once into the user's cache, not /tmp")
                .startsWith(UserCache.dir().resolve("native"));
        assertThat(library).exists();
        assertThat(deadRun).as("a dead coordinator's directory is swept").doesNotExist();

        assertThat(cli.waitFor(3, TimeUnit.MINUTES)).as("icebench finished").isTrue();
        assertThat(cli.exitValue()).isEqualTo(1);
        assertThat(Files.readString(shared.dataDir.resolve("tempdirs.out"))).contains("❌ timeout: b_slow");
        assertThat(library).as("the cached library, for the next worker").exists();
        try (Stream<Path> left = Files.walk(tempRoot)) {
            assertThat(left.filter(p -> !p.equals(tempRoot)).toList())
                    .as("left in " + tempRoot)
                    .isEmpty();
        }
    }
}
