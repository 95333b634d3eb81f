package io.icebench.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.icebench.core.config.Defaults;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher's class-data-sharing archive (./icebench): made once in the user's cache, used by later commands,
 * and never a reason for a command to fail or print anything of its own, even when the archive is damaged.
 */
class LauncherStartupTest {

    @TempDir
    Path dir;

    /** One test, so that the archive (about 12 s to make on 2 cores) is made once. */
    @Test
    void theArchiveIsMadeOnceTheMetastoreMapsItTooAndADamagedOneIsIgnoredSilently() throws Exception {
        assertThat(launcher("--version").strip()).isEqualTo("icebench " + Defaults.VERSION);
        List<Path> archives = archives();
        assertThat(archives).as("one archive in the cache").hasSize(1);
        long made = Files.getLastModifiedTime(archives.get(0)).toMillis();

        assertThat(launcher("--version").strip()).isEqualTo("icebench " + Defaults.VERSION);
        assertThat(archives()).as("the same archive, used again").isEqualTo(archives);
        assertThat(Files.getLastModifiedTime(archives.get(0)).toMillis()).isEqualTo(made);
        assertTheMetastoreMaps(archives.get(0));

        archives.get(0).toFile().setWritable(true);
        Files.write(archives.get(0), new byte[] {1, 2, 3, 4});
        assertThat(launcher("--version").strip()).as("a damaged archive").isEqualTo("icebench " + Defaults.VERSION);
        assertThat(launcher("metastore", "status"))
                .as("another command")
                .startsWith("not running")
                .doesNotContain("warning");
    }

    /** The metastore the launcher starts maps the launcher's archive too: the JVM accepted it when it is mapped. */
    private void assertTheMetastoreMaps(Path archive) throws Exception {
        String started = launcher("metastore", "start");
        Matcher pid = Pattern.compile("\\(pid (\\d+)\\)").matcher(started);
        assertThat(pid.find()).as(started).isTrue();
        try {
            Path proc = Path.of("/proc", pid.group(1));
            assertThat(Files.readString(proc.resolve("cmdline")).split("\0"))
                    .contains("-XX:SharedArchiveFile=" + archive);
            assertThat(Files.readString(proc.resolve("maps")))
                    .as("mapped, not refused")
                    .contains(archive.toString());
        } finally {
            launcher("metastore", "stop");
        }
    }

    /** ./icebench itself (the launcher script) with this test's cache and data directory: its output. */
    private String launcher(String... args) throws Exception {
        List<String> command =
                new ArrayList<>(List.of(Cli.HOME.resolve("icebench").toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder =
                new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        builder.environment().put("XDG_CACHE_HOME", dir.resolve("cache").toString());
        builder.environment().put("ICEBENCH_DATA_DIR", dir.resolve("data").toString());
        builder.environment().put("ICEBENCH_NO_BUILD", "1");
        builder.environment().remove("ICEBENCH_NO_CDS");
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
        return output;
    }

    private List<Path> archives() throws Exception {
        Path cds = dir.resolve("cache/icebench/cds");
        if (!Files.isDirectory(cds)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(cds)) {
            return files.filter(f -> f.toString().endsWith(".jsa")).sorted().toList();
        }
    }
}
