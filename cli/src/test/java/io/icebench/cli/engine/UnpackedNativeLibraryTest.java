package io.icebench.cli.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UnpackedNativeLibraryTest {

    private static final String OWN_PLATFORM = "libfake.so_" + UnpackedNativeLibrary.platform();
    private static final String OTHER_PLATFORM = "libfake.so_plan9_mips";

    @TempDir
    Path dir;

    @Test
    void theJarLosesItsLibrariesAndTheLibraryIsWhereLoadLibraryLooks() throws IOException {
        Path jar = jar(
                "driver-1.0.jar",
                Map.of("org/x/Driver.class", "classbytes", OWN_PLATFORM, "elf", OTHER_PLATFORM, "other"));
        String classpath = dir.resolve("classes") + File.pathSeparator + jar;

        UnpackedNativeLibrary.Launch launch =
                new UnpackedNativeLibrary(dir.resolve("cache")).apply(engine(), classpath);

        assertThat(launch).isNotNull();
        String[] entries = launch.classpath().split(File.pathSeparator);
        assertThat(entries[0]).isEqualTo(dir.resolve("classes").toString());
        Path stripped = Path.of(entries[1]);
        assertThat(stripped.getFileName().toString()).isEqualTo("driver-1.0.jar");
        assertThat(stripped.getParent().getParent()).isEqualTo(dir.resolve("cache"));
        try (ZipFile zip = new ZipFile(stripped.toFile())) {
            assertThat(zip.getEntry("org/x/Driver.class")).isNotNull();
            assertThat(zip.getEntry(OWN_PLATFORM)).isNull();
            assertThat(zip.getEntry(OTHER_PLATFORM)).isNull();
        }
        Path library = stripped.resolveSibling(System.mapLibraryName("fake"));
        assertThat(Files.readString(library)).isEqualTo("elf");
        assertThat(launch.libraryPathOption()).isEqualTo("-Djava.library.path=" + stripped.getParent());
    }

    @Test
    void aJarIsUnpackedOnceAndAgainWhenItChanges() throws IOException {
        Path jar = jar("driver-1.0.jar", Map.of(OWN_PLATFORM, "elf"));
        UnpackedNativeLibrary cache = new UnpackedNativeLibrary(dir.resolve("cache"));
        Path first = Path.of(cache.apply(engine(), jar.toString()).classpath());

        assertThat(Path.of(cache.apply(engine(), jar.toString()).classpath())).isEqualTo(first);
        assertThat(copies()).containsExactly(first.getParent());

        jar("driver-1.0.jar", Map.of(OWN_PLATFORM, "newer elf"));
        Path second = Path.of(cache.apply(engine(), jar.toString()).classpath());
        assertThat(second).isNotEqualTo(first);
        assertThat(Files.readString(second.resolveSibling(System.mapLibraryName("fake"))))
                .isEqualTo("newer elf");
    }

    @Test
    void aDamagedCopyIsMadeAgainAndAUsedOneMarkedAsUsed() throws IOException {
        Path jar = jar("driver-1.0.jar", Map.of(OWN_PLATFORM, "elf"));
        UnpackedNativeLibrary cache = new UnpackedNativeLibrary(dir.resolve("cache"));
        Path copy = Path.of(cache.apply(engine(), jar.toString()).classpath()).getParent();
        Path library = copy.resolve(System.mapLibraryName("fake"));
        Files.writeString(library, ""); // as a crash mid-copy would leave it

        assertThat(cache.apply(engine(), jar.toString())).isNotNull();
        assertThat(Files.readString(library)).isEqualTo("elf");

        Files.setLastModifiedTime(copy, daysAgo(3, 0));
        cache.apply(engine(), jar.toString());
        assertThat(Files.getLastModifiedTime(copy).toMillis())
                .isGreaterThan(daysAgo(1, 0).toMillis());
    }

    @Test
    void beyondTheNewestFourCopiesThoseUnusedForADayGoAndSoDoesAnUnpackingLeftForAnHour() throws IOException {
        Path cacheRoot = dir.resolve("cache");
        Path abandoned = Files.createDirectories(cacheRoot.resolve(".unpacking-killed"));
        Files.setLastModifiedTime(abandoned, FileTime.fromMillis(System.currentTimeMillis() - 7_200_000));
        Path underWay = Files.createDirectories(cacheRoot.resolve(".unpacking-now"));
        UnpackedNativeLibrary cache = new UnpackedNativeLibrary(cacheRoot);
        List<Path> made = new ArrayList<>();
        for (int version = 1; version <= 6; version++) {
            made.add(unpack(cache, version));
        }
        assertThat(copies()).as("all in use today").hasSize(6);

        for (int version = 1; version <= 6; version++) {
            Files.setLastModifiedTime(made.get(version - 1), daysAgo(3, version));
        }
        made.add(unpack(cache, 7));

        assertThat(copies()).containsExactlyInAnyOrderElementsOf(made.subList(3, 7));
        assertThat(abandoned).doesNotExist();
        assertThat(underWay).exists();
    }

    @Test
    void aDriverOlderThanTheDeclaredVersionUnpacksAsBefore() throws IOException {
        Properties engine = engine();
        engine.setProperty("native-library.since", "1.4.2.0");
        UnpackedNativeLibrary cache = new UnpackedNativeLibrary(dir.resolve("cache"));

        Path old = jar("duckdb_jdbc-1.4.1.0.jar", Map.of(OWN_PLATFORM, "elf"));
        assertThat(cache.apply(engine, old.toString())).isNull();
        assertThat(cache.apply(
                        engine,
                        jar("duckdb_jdbc-1.4.2.0.jar", Map.of(OWN_PLATFORM, "elf"))
                                .toString()))
                .isNotNull();
        assertThat(cache.apply(
                        engine,
                        jar("duckdb_jdbc-2.0.jar", Map.of(OWN_PLATFORM, "elf")).toString()))
                .isNotNull();
        assertThat(cache.apply(
                        engine,
                        jar("duckdb_jdbc.jar", Map.of(OWN_PLATFORM, "elf")).toString()))
                .isNull();
    }

    @Test
    void withoutTheLibraryForThisPlatformTheClasspathStaysAsItIs() throws IOException {
        Path jar = jar("driver-1.0.jar", Map.of(OTHER_PLATFORM, "other"));
        UnpackedNativeLibrary cache = new UnpackedNativeLibrary(dir.resolve("cache"));

        assertThat(cache.apply(engine(), jar.toString())).isNull();
        assertThat(cache.apply(new Properties(), jar.toString())).isNull();
        assertThat(dir.resolve("cache")).doesNotExist();
    }

    @Test
    void aCacheThatCannotBeWrittenLeavesTheClasspathAsItIs() throws IOException {
        Path jar = jar("driver-1.0.jar", Map.of(OWN_PLATFORM, "elf"));
        Path notADirectory = Files.writeString(dir.resolve("cache"), "a file");

        assertThat(new UnpackedNativeLibrary(notADirectory).apply(engine(), jar.toString()))
                .isNull();
    }

    private Path unpack(UnpackedNativeLibrary cache, int version) throws IOException {
        Path jar = jar("driver-" + version + ".jar", Map.of(OWN_PLATFORM, "elf " + version));
        return Path.of(cache.apply(engine(), jar.toString()).classpath()).getParent();
    }

    private List<Path> copies() throws IOException {
        try (Stream<Path> all = Files.list(dir.resolve("cache"))) {
            return all.filter(d -> !d.getFileName().toString().startsWith(".")).toList();
        }
    }

    private static FileTime daysAgo(int days, int plusMinutes) {
        return FileTime.fromMillis(System.currentTimeMillis() - days * 86_400_000L + plusMinutes * 60_000L);
    }

    private static Properties engine() {
        Properties p = new Properties();
        p.setProperty("native-library", "fake");
        p.setProperty("native-library." + UnpackedNativeLibrary.platform(), OWN_PLATFORM);
        return p;
    }

    private Path jar(String name, Map<String, String> entries) throws IOException {
        Path jar = dir.resolve(name);
        try (OutputStream file = Files.newOutputStream(jar);
                ZipOutputStream zip = new ZipOutputStream(file)) {
            for (Map.Entry<String, String> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return jar;
    }
}
