package io.icebench.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Several icebench commands on one data directory at once: the embedded metastore is started once
 * (under a lock), and it stops only when the last command using it is done.
 */
class SharedUseTest {

    /**
     * Keeps DuckDB busy for about 4 s per execution here (3 executions), so the long run outlives the short one and
     * the stop and status checks after it; at 20,000 x 20,000 (1.1 s) it sometimes ended between them, and its
     * release stopped the metastore under the status check.
     */
    private static final String LONG_QUERY = "select sum(a.range * b.range) from range(50000) a, range(50000) b";

    @Test
    void twoConcurrentStartsLeaveExactlyOneUsableServer() throws Exception {
        Path dataDir = Files.createDirectories(Cli.WORK.resolve("concurrent-start"));
        Cli.run(dataDir, "metastore", "stop", "--force");
        try {
            Process a = start(dataDir, "start-a", "metastore", "start");
            Process b = start(dataDir, "start-b", "metastore", "start");
            assertThat(a.waitFor(3, TimeUnit.MINUTES) && b.waitFor(3, TimeUnit.MINUTES))
                    .isTrue();
            String outA = Files.readString(dataDir.resolve("start-a.out"));
            String outB = Files.readString(dataDir.resolve("start-b.out"));
            assertThat(a.exitValue()).as(outA).isZero();
            assertThat(b.exitValue()).as(outB).isZero();
            assertThat(List.of(outA, outB))
                    .filteredOn(o -> o.contains("metastore started"))
                    .hasSize(1);
            assertThat(List.of(outA, outB))
                    .filteredOn(o -> o.contains("metastore already running"))
                    .hasSize(1);
            assertThat(OwnProcesses.metastoresOf(dataDir))
                    .as("metastore servers of " + dataDir)
                    .hasSize(1);
            Cli.Result status = Cli.run(dataDir, "metastore", "status");
            assertThat(status.exit()).as(status.all()).isZero();
            Cli.Result generate =
                    Cli.run(dataDir, "generate", "synthetic", "--rows", "10", "--table", "tpch.tiny", "--replace");
            assertThat(generate.exit()).as(generate.all()).isZero();
            assertThat(Cli.run(dataDir, "metastore", "status").exit())
                    .as("kept after a command used it")
                    .isZero();
        } finally {
            Cli.run(dataDir, "metastore", "stop");
        }
        assertThat(OwnProcesses.metastoresOf(dataDir)).isEmpty();
    }

    @Test
    void twoConcurrentRunsBothSucceedAndTheMetastoreStopsAfterTheLast() throws Exception {
        Path dataDir = Files.createDirectories(Cli.WORK.resolve("concurrent-runs"));
        Cli.run(dataDir, "metastore", "stop", "--force");
        Cli.Result generate =
                Cli.run(dataDir, "generate", "synthetic", "--rows", "10", "--table", "tpch.tiny", "--replace");
        assertThat(generate.exit()).as(generate.all()).isZero();
        assertThat(OwnProcesses.metastoresOf(dataDir))
                .as("stopped by generate, its only user")
                .isEmpty();

        Process shortRun = start(
                dataDir,
                "short",
                "run",
                "select 42",
                "--engines",
                "duckdb",
                "--iterations",
                "1",
                "--warmup",
                "0",
                "--no-report",
                "--output",
                dataDir.resolve("short.json").toString());
        Process longRun = start(
                dataDir,
                "long",
                "run",
                LONG_QUERY,
                "--engines",
                "duckdb",
                "--iterations",
                "2",
                "--warmup",
                "0",
                "--no-report",
                "--output",
                dataDir.resolve("long.json").toString());
        try {
            assertThat(shortRun.waitFor(5, TimeUnit.MINUTES)).isTrue();
            assertThat(shortRun.exitValue())
                    .as(Files.readString(dataDir.resolve("short.err")) + Files.readString(dataDir.resolve("short.out")))
                    .isZero();
            assertThat(longRun.isAlive())
                    .as("the long run still going when the short one ended")
                    .isTrue();
            assertThat(OwnProcesses.metastoresOf(dataDir))
                    .as("metastore kept for the long run")
                    .hasSize(1);

            Cli.Result stop = Cli.run(dataDir, "metastore", "stop");
            assertThat(stop.out())
                    .contains("metastore in use by 1 other icebench command(s) (pid " + longRun.pid() + ")")
                    .contains("--force stops it now");
            Cli.Result status = Cli.run(dataDir, "metastore", "status");
            assertThat(status.exit()).as(status.all()).isZero();

            assertThat(longRun.waitFor(10, TimeUnit.MINUTES)).isTrue();
            String longOut = Files.readString(dataDir.resolve("long.out"));
            assertThat(longRun.exitValue())
                    .as(Files.readString(dataDir.resolve("long.err")) + longOut)
                    .isZero();
            assertThat(longOut).contains("stopped the embedded metastore: no other command uses it");
            assertThat(OwnProcesses.metastoresOf(dataDir))
                    .as("stopped after its last user")
                    .isEmpty();
            assertThat(dataDir.resolve("metastore/metastore.json")).doesNotExist();
        } finally {
            longRun.destroyForcibly();
            Cli.run(dataDir, "metastore", "stop", "--force");
        }
    }

    private static Process start(Path dataDir, String name, String... args) throws Exception {
        return Cli.builder(dataDir, dataDir.resolve("cwd"), Map.of(), args)
                .redirectOutput(dataDir.resolve(name + ".out").toFile())
                .redirectError(dataDir.resolve(name + ".err").toFile())
                .start();
    }
}
