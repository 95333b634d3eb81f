package io.icebench.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Store.CloseableResource;

/**
 * One embedded metastore with TPC-H SF 0.01 for all end-to-end tests, started and filled through the
 * real CLI, stopped when the tests end.
 */
final class SharedMetastore implements CloseableResource {

    static final double SCALE = 0.01;
    final Path dataDir;
    final String uri;

    private SharedMetastore(Path dataDir, String uri) {
        this.dataDir = dataDir;
        this.uri = uri;
    }

    static SharedMetastore get(ExtensionContext context) {
        return context.getRoot()
                .getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(SharedMetastore.class, k -> start(), SharedMetastore.class);
    }

    private static SharedMetastore start() {
        try {
            Path dataDir = Cli.WORK.resolve("shared-data");
            Files.createDirectories(dataDir);
            Cli.run(dataDir, "metastore", "stop");
            Cli.Result started = Cli.run(dataDir, "metastore", "start");
            assertThat(started.exit()).as(started.all()).isZero();
            Matcher m = Pattern.compile("(thrift://127\\.0\\.0\\.1:\\d+)").matcher(started.out());
            assertThat(m.find()).as(started.out()).isTrue();
            Cli.Result generated = Cli.run(dataDir, "generate", "tpch", "--scale", Double.toString(SCALE));
            assertThat(generated.exit()).as(generated.all()).isZero();
            return new SharedMetastore(dataDir, m.group(1));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() throws Exception {
        Cli.run(dataDir, "metastore", "stop");
    }
}
