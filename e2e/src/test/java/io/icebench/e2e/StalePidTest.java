package io.icebench.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A pid file naming a process that is not the metastore (pids are reused) never gets that process
 * signalled: not by {@code metastore stop}, not by a command that starts the metastore.
 */
class StalePidTest {

    @Test
    void anotherProcessWhosePidIsInTheStateFileSurvivesStopAndStart() throws Exception {
        Path dataDir = Files.createDirectories(Cli.WORK.resolve("foreign-pid"));
        Cli.run(dataDir, "metastore", "stop", "--force");
        Process unrelated = new ProcessBuilder("sleep", "1000").start();
        try {
            long pid = unrelated.pid();
            writeState(dataDir, pid, "");
            Cli.Result stop = Cli.run(dataDir, "metastore", "stop");
            assertThat(stop.exit()).as(stop.all()).isZero();
            assertThat(stop.out())
                    .contains("process " + pid + " is not the metastore that wrote it")
                    .contains("left it alone")
                    .contains("metastore is not running");
            assertThat(unrelated.isAlive())
                    .as("the unrelated process after metastore stop")
                    .isTrue();

            // a recorded identity that does not match (the pid now belongs to a process started at another time)
            writeState(
                    dataDir,
                    pid,
                    ",\"process\":{\"pid\":" + pid
                            + ",\"started_at\":\"2020-01-01T00:00:00Z\",\"command\":\"/usr/bin/sleep\"}");
            Cli.Result status = Cli.run(dataDir, "metastore", "status");
            assertThat(status.exit()).isEqualTo(1);
            assertThat(status.out()).contains("process " + pid + " is not the metastore that wrote it");
            Cli.Result generate =
                    Cli.run(dataDir, "generate", "synthetic", "--rows", "10", "--table", "tpch.tiny", "--replace");
            assertThat(generate.exit()).as(generate.all()).isZero();
            assertThat(generate.out()).contains("left it alone");
            assertThat(unrelated.isAlive())
                    .as("the unrelated process after a command started the metastore")
                    .isTrue();
            assertThat(OwnProcesses.metastoresOf(dataDir))
                    .as("metastore stopped by the command that used it")
                    .isEmpty();
        } finally {
            unrelated.destroyForcibly();
            Cli.run(dataDir, "metastore", "stop", "--force");
        }
    }

    @Test
    void theServerScriptsLeaveAProcessAloneWhosePidIsInTheirPidFile() throws Exception {
        Path dataDir = Files.createDirectories(Cli.WORK.resolve("foreign-pid-scripts"));
        Process unrelated = new ProcessBuilder("sleep", "1000").start();
        try {
            String pid = Long.toString(unrelated.pid());
            String startTicks = Files.readString(Path.of("/proc", pid, "stat"))
                    .replaceAll("^.*\\) ", "")
                    .split(" ")[19];
            Map<String, String> pidFiles = Map.of(
                    "scripts/spark-cluster",
                    "spark-cluster/master.pid",
                    "scripts/trino",
                    "trino/trino.pid",
                    "scripts/mariadb",
                    "mariadb/mariadb.pid");
            for (Map.Entry<String, String> script : pidFiles.entrySet()) {
                // the pid with its real start time: only the command line tells it is not the server
                Path pidFile = Files.createDirectories(
                                dataDir.resolve(script.getValue()).getParent())
                        .resolve(Path.of(script.getValue()).getFileName());
                Files.writeString(pidFile, pid + " " + startTicks + "\n");
                Cli.Result stop = Cli.script(dataDir, script.getKey(), "stop");
                assertThat(stop.out())
                        .as(script.getKey())
                        .contains("names process " + pid)
                        .contains("left it alone");
                assertThat(unrelated.isAlive())
                        .as("the unrelated process after " + script.getKey() + " stop")
                        .isTrue();
                assertThat(pidFile).doesNotExist();
            }
        } finally {
            unrelated.destroyForcibly();
        }
    }

    private static void writeState(Path dataDir, long pid, String identity) throws Exception {
        Files.createDirectories(dataDir.resolve("metastore"));
        Files.writeString(
                dataDir.resolve("metastore/metastore.json"),
                "{\"uri\":\"thrift://127.0.0.1:1\",\"port\":1," + "\"pid\":" + pid
                        + ",\"started_at\":\"2026-01-01T00:00:00Z\",\"log\":\"x\",\"data_dir\":\"x\"" + identity + "}");
    }
}
