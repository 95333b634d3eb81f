package io.icebench.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Store.CloseableResource;

/**
 * One real Trino server (scripts/trino, Java 24+) with an Iceberg catalog on the shared metastore for all
 * end-to-end tests that query Trino: started on first use (a start takes tens of seconds), stopped when the
 * tests end, also when one of them failed; the stop must leave no process of it behind.
 */
final class SharedTrino implements CloseableResource {

    /** What {@code scripts/trino start} printed when it started this server. */
    final Cli.Result started;

    final int port;
    private final Path dataDir;

    private SharedTrino(Cli.Result started, int port, Path dataDir) {
        this.started = started;
        this.port = port;
        this.dataDir = dataDir;
    }

    static SharedTrino get(ExtensionContext context) {
        SharedMetastore metastore = SharedMetastore.get(context);
        return context.getRoot()
                .getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(SharedTrino.class, k -> start(metastore), SharedTrino.class);
    }

    String url() {
        return "jdbc:trino://127.0.0.1:" + port;
    }

    /** icebench on the shared data directory, with TRINO_URL naming this server. */
    Cli.Result icebench(String... args) throws Exception {
        return Cli.run(dataDir, dataDir.resolve("cwd"), Map.of("TRINO_URL", url()), args);
    }

    private static SharedTrino start(SharedMetastore metastore) {
        try {
            // a server an interrupted earlier test run left behind
            Cli.script(metastore.dataDir, "scripts/trino", "stop");
            int port;
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            Cli.Result started = Cli.script(
                    metastore.dataDir,
                    "scripts/trino",
                    "start",
                    "--port",
                    Integer.toString(port),
                    "--metastore",
                    metastore.uri);
            if (started.exit() != 0) {
                Cli.script(metastore.dataDir, "scripts/trino", "stop");
            }
            assertThat(started.exit()).as(started.out()).isZero();
            return new SharedTrino(started, port, metastore.dataDir);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() throws Exception {
        Cli.script(dataDir, "scripts/trino", "stop");
        String install = dataDir.resolve("trino").toString();
        List<ProcessHandle> left = ProcessHandle.allProcesses()
                .filter(p -> OwnProcesses.commandLine(p).contains(install))
                .toList();
        left.forEach(ProcessHandle::destroyForcibly);
        assertThat(left)
                .as("Trino processes left running after scripts/trino stop")
                .isEmpty();
    }
}
