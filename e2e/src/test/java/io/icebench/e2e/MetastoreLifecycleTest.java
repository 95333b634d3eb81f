package io.icebench.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class MetastoreLifecycleTest {

    @Test
    void startStatusStopWithARealThriftServerOnLoopbackOnly() throws Exception {
        Path dataDir = Files.createDirectories(Cli.WORK.resolve("lifecycle"));
        Cli.run(dataDir, "metastore", "stop");
        Cli.Result start = Cli.run(dataDir, "metastore", "start");
        assertThat(start.exit()).as(start.all()).isZero();
        assertThat(start.out()).contains("metastore started: thrift://127.0.0.1:");
        Matcher m = Pattern.compile("thrift://127\\.0\\.0\\.1:(\\d+) \\(pid (\\d+)\\)")
                .matcher(start.out());
        assertThat(m.find()).isTrue();
        int port = Integer.parseInt(m.group(1));
        long pid = Long.parseLong(m.group(2));
        try {
            Cli.Result status = Cli.run(dataDir, "metastore", "status");
            assertThat(status.exit()).isZero();
            assertThat(status.out())
                    .contains("running: thrift://127.0.0.1:" + port)
                    .contains("pid " + pid)
                    .contains("uptime");
            assertThat(Cli.run(dataDir, "metastore", "start").out()).contains("already running");
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 2000);
            }
            Optional<InetAddress> external = externalAddress();
            if (external.isPresent()) {
                try (Socket socket = new Socket()) {
                    socket.connect(new InetSocketAddress(external.get(), port), 2000);
                    throw new AssertionError(
                            "metastore answered on " + external.get() + ": it must bind 127.0.0.1 only");
                } catch (java.io.IOException expected) {
                    assertThat(expected.getMessage()).isNotBlank();
                }
            }
        } finally {
            Cli.Result stop = Cli.run(dataDir, "metastore", "stop");
            assertThat(stop.out()).contains("metastore stopped (pid " + pid);
        }
        assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false))
                .isFalse();
        Cli.Result after = Cli.run(dataDir, "metastore", "status");
        assertThat(after.exit()).isEqualTo(1);
        assertThat(after.out()).contains("not running");
    }

    @Test
    void aStalePidFileIsReportedAndReplaced() throws Exception {
        Path dataDir = Files.createDirectories(Cli.WORK.resolve("stale"));
        Cli.run(dataDir, "metastore", "stop");
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        Files.createDirectories(dataDir.resolve("metastore"));
        Files.writeString(
                dataDir.resolve("metastore/metastore.json"),
                "{\"uri\":\"thrift://127.0.0.1:1\",\"port\":1," + "\"pid\":" + gone.pid()
                        + ",\"started_at\":\"2026-01-01T00:00:00Z\",\"log\":\"x\",\"data_dir\":\"x\"}");
        Cli.Result status = Cli.run(dataDir, "metastore", "status");
        assertThat(status.exit()).isEqualTo(1);
        assertThat(status.out()).contains("stale pid file").contains("process " + gone.pid() + " is gone");
        try {
            Cli.Result start = Cli.run(dataDir, "metastore", "start");
            assertThat(start.exit()).as(start.all()).isZero();
            assertThat(start.out()).contains("removed stale pid file").contains("metastore started");
        } finally {
            Cli.run(dataDir, "metastore", "stop");
        }
    }

    @Test
    void aBusyPortIsRefusedWithAClearMessage() throws Exception {
        Path dataDir = Files.createDirectories(Cli.WORK.resolve("busy"));
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Cli.Result start = Cli.run(dataDir, "metastore", "start", "--port", Integer.toString(taken.getLocalPort()));
            assertThat(start.exit()).isEqualTo(2);
            assertThat(start.err().strip())
                    .isEqualTo(
                            "icebench: port " + taken.getLocalPort()
                                    + " is in use by another process; choose another with --port, or leave --port out to pick a free one");
        }
    }

    private static Optional<InetAddress> externalAddress() throws Exception {
        for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (nic.isUp() && !nic.isLoopback()) {
                for (InetAddress address : Collections.list(nic.getInetAddresses())) {
                    if (address instanceof java.net.Inet4Address) {
                        return Optional.of(address);
                    }
                }
            }
        }
        return Optional.empty();
    }
}
