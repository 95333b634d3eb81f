package io.icebench.cli.engine;

import io.icebench.cli.run.WorkerTempDirs;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * A driver jar that carries its native library as a resource and copies it to a new temporary file at every start
 * (DuckDB's jar: 71 MB on Linux x86_64, about 0.4 s of each worker's start) is unpacked once into the user's cache:
 * the library as the file {@code System.loadLibrary} looks for, and the jar without its native libraries, which then
 * makes the driver load the library from {@code java.library.path}. Declared in {@code engine.properties}:
 * {@code native-library=duckdb_java}, per platform {@code native-library.linux-amd64=<resource in the jar>}, and
 * {@code native-library.since=<the first driver version that falls back to java.library.path>}. Anything that goes
 * wrong leaves the worker as it was: the jar on its classpath, unpacking at each start.
 */
final class UnpackedNativeLibrary {

    /** Copies of this many jars stay; older ones go once unused for a day (a run may still be about to use one). */
    private static final int KEPT = 4;

    private static final long IN_USE_MILLIS = 24 * 3_600_000L;
    private static final long ABANDONED_MILLIS = 3_600_000L;
    private static final String PARTIAL = ".unpacking-";
    private static final Pattern JAR_VERSION = Pattern.compile("-(\\d+(?:\\.\\d+)*)\\.jar$");

    private final Path cacheRoot;

    UnpackedNativeLibrary(Path cacheRoot) {
        this.cacheRoot = cacheRoot;
    }

    /** The worker's classpath and JVM option once unpacked. */
    record Launch(String classpath, String libraryPathOption) {}

    /** The launch with the library unpacked, or null when the engine declares none for this platform or it fails. */
    Launch apply(Properties engine, String classpath) {
        String name = engine.getProperty("native-library");
        String resource = engine.getProperty("native-library." + platform());
        if (name == null || resource == null) {
            return null;
        }
        List<String> entries = new ArrayList<>(List.of(classpath.split(File.pathSeparator)));
        try {
            for (int i = 0; i < entries.size(); i++) {
                Path jar = Path.of(entries.get(i));
                long librarySize =
                        entries.get(i).endsWith(".jar") && Files.isRegularFile(jar) ? librarySize(jar, resource) : -1;
                if (librarySize < 0) {
                    continue;
                }
                if (!atLeast(jar, engine.getProperty("native-library.since"))) {
                    return null;
                }
                Path unpacked = unpacked(jar, name, resource, librarySize);
                entries.set(i, unpacked.resolve(jar.getFileName()).toString());
                return new Launch(String.join(File.pathSeparator, entries), "-Djava.library.path=" + unpacked);
            }
        } catch (IOException | RuntimeException e) {
            return null;
        }
        return null;
    }

    /** {@code linux-amd64}, {@code linux-aarch64}, {@code mac-aarch64}, {@code windows-amd64}: os, then os.arch. */
    static String platform() {
        String os = System.getProperty("os.name").toLowerCase(Locale.ROOT).replaceAll("\\s+", "");
        String family = os.startsWith("mac") ? "mac" : os.startsWith("windows") ? "windows" : os;
        return family + "-" + System.getProperty("os.arch");
    }

    /** Whether the jar's version, from its name ({@code duckdb_jdbc-2.0.0.1.jar}), is at least {@code since}. */
    static boolean atLeast(Path jar, String since) {
        if (since == null) {
            return true;
        }
        Matcher version = JAR_VERSION.matcher(jar.getFileName().toString());
        if (!version.find()) {
            return false;
        }
        String[] have = version.group(1).split("\\.");
        String[] want = since.split("\\.");
        for (int i = 0; i < Math.max(have.length, want.length); i++) {
            long a = i < have.length ? Long.parseLong(have[i]) : 0;
            long b = i < want.length ? Long.parseLong(want[i]) : 0;
            if (a != b) {
                return a > b;
            }
        }
        return true;
    }

    /** The resource's size in the jar, -1 when the jar has none. */
    private static long librarySize(Path jar, String resource) throws IOException {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            ZipEntry entry = zip.getEntry(resource);
            return entry == null ? -1 : entry.getSize();
        }
    }

    /** The cache's folder for this jar, made when missing or damaged: a copy made aside and moved in whole. */
    private Path unpacked(Path jar, String name, String resource, long librarySize) throws IOException {
        Path dir = cacheRoot.resolve(name + "-" + key(jar));
        if (complete(dir, jar, name, librarySize)) {
            markUsed(dir);
            return dir;
        }
        Files.createDirectories(cacheRoot);
        Path partial = Files.createTempDirectory(cacheRoot, PARTIAL);
        try {
            unpackInto(partial, jar, name, resource);
            if (Files.exists(dir) && !complete(dir, jar, name, librarySize)) {
                Path damaged = Files.createTempDirectory(cacheRoot, PARTIAL);
                Files.move(dir, damaged.resolve("damaged"), StandardCopyOption.ATOMIC_MOVE);
                WorkerTempDirs.delete(damaged);
            }
            Files.move(partial, dir, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileSystemException raced) {
            // another command moved its copy in meanwhile: checked below like any other
        } finally {
            WorkerTempDirs.delete(partial);
        }
        if (!complete(dir, jar, name, librarySize)) {
            throw new IOException(dir + " lacks the unpacked jar or library");
        }
        try {
            pruneOld(dir);
        } catch (IOException | RuntimeException e) {
            // an old copy left behind costs disk space only
        }
        return dir;
    }

    private static void unpackInto(Path folder, Path jar, String name, String resource) throws IOException {
        Path library = folder.resolve(System.mapLibraryName(name));
        Path stripped = folder.resolve(jar.getFileName());
        try (ZipFile zip = new ZipFile(jar.toFile());
                OutputStream file = Files.newOutputStream(stripped);
                ZipOutputStream out = new ZipOutputStream(file)) {
            for (Enumeration<? extends ZipEntry> all = zip.entries(); all.hasMoreElements(); ) {
                ZipEntry entry = all.nextElement();
                if (entry.getName().equals(resource)) {
                    try (InputStream in = zip.getInputStream(entry)) {
                        Files.copy(in, library);
                    }
                } else if (!isNativeLibrary(entry.getName(), name)) {
                    out.putNextEntry(new ZipEntry(entry.getName()));
                    try (InputStream in = zip.getInputStream(entry)) {
                        in.transferTo(out);
                    }
                    out.closeEntry();
                }
            }
        }
        for (Path written : List.of(library, stripped)) { // on disk before the folder is moved in
            try (FileChannel channel = FileChannel.open(written, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
        }
    }

    private static boolean complete(Path dir, Path jar, String name, long librarySize) {
        try {
            return Files.size(dir.resolve(System.mapLibraryName(name))) == librarySize
                    && Files.size(dir.resolve(jar.getFileName())) > 0;
        } catch (IOException e) {
            return false;
        }
    }

    private static void markUsed(Path dir) {
        try {
            Files.setLastModifiedTime(dir, FileTime.fromMillis(System.currentTimeMillis()));
        } catch (IOException e) {
            // a copy not marked may be removed after a day unused, and is then made again
        }
    }

    /** The platforms' copies of the library: DuckDB names them {@code libduckdb_java.so_<os>_<arch>}. */
    private static boolean isNativeLibrary(String entry, String name) {
        return entry.startsWith(System.mapLibraryName(name) + "_") || entry.startsWith("lib" + name + ".");
    }

    private static String key(Path jar) throws IOException {
        String identity = jar.toAbsolutePath() + "|" + Files.size(jar) + "|" + Files.getLastModifiedTime(jar);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-1").digest(identity.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Beyond the newest copies, those unused for a day go; so does what a killed unpacking left an hour ago. */
    private void pruneOld(Path current) throws IOException {
        long now = System.currentTimeMillis();
        try (Stream<Path> dirs = Files.list(cacheRoot)) {
            List<Path> all = dirs.filter(d -> !d.equals(current)).toList();
            all.stream()
                    .filter(d -> d.getFileName().toString().startsWith(PARTIAL))
                    .filter(d -> modified(d) < now - ABANDONED_MILLIS)
                    .forEach(WorkerTempDirs::delete);
            all.stream()
                    .filter(d -> !d.getFileName().toString().startsWith(PARTIAL))
                    .sorted(Comparator.comparing(UnpackedNativeLibrary::modified)
                            .reversed())
                    .skip(KEPT - 1)
                    .filter(d -> modified(d) < now - IN_USE_MILLIS)
                    .forEach(WorkerTempDirs::delete);
        }
    }

    private static long modified(Path path) {
        try {
            return Files.getLastModifiedTime(path).toMillis();
        } catch (IOException e) {
            return 0;
        }
    }
}
