package io.icebench.cli.engine;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * A driver jar that carries its native library as a resource and copies it to a new temporary file at every start
 * (DuckDB's jar: 71 MB on Linux x86_64, about 0.4 s of each worker's start) is unpacked once into the user's cache:
 * the library as the file {@code System.loadLibrary} looks for, and the jar without its native libraries, which then
 * makes the driver load the library from {@code java.library.path}. Declared in {@code engine.properties}:
 * {@code native-library=duckdb_java} and, per platform, {@code native-library.linux-amd64=<resource in the jar>}.
 * Anything that goes wrong leaves the worker as it was: the jar on its classpath, unpacking at each start.
 */
final class UnpackedNativeLibrary {

    /** Cached copies of this many jars stay (a few DuckDB versions); older ones are removed. */
    private static final int KEPT = 4;

    private static final String PARTIAL = ".unpacking-";

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
                if (!entries.get(i).endsWith(".jar") || !Files.isRegularFile(jar) || !carries(jar, resource)) {
                    continue;
                }
                Path unpacked = unpacked(jar, name, resource);
                entries.set(i, unpacked.resolve(jar.getFileName()).toString());
                return new Launch(String.join(File.pathSeparator, entries), "-Djava.library.path=" + unpacked);
            }
        } catch (IOException | RuntimeException e) {
            return null;
        }
        return null;
    }

    static String platform() {
        String os = System.getProperty("os.name").toLowerCase(Locale.ROOT).replaceAll("\\s+", "");
        return (os.startsWith("mac") ? "mac" : os) + "-" + System.getProperty("os.arch");
    }

    private static boolean carries(Path jar, String resource) throws IOException {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            return zip.getEntry(resource) != null;
        }
    }

    /** The cache's folder for this jar, made when missing: a copy made elsewhere and moved in whole, never half. */
    private Path unpacked(Path jar, String name, String resource) throws IOException {
        Path dir = cacheRoot.resolve(name + "-" + key(jar));
        if (complete(dir, jar, name)) {
            return dir;
        }
        Files.createDirectories(cacheRoot);
        Path partial = Files.createTempDirectory(cacheRoot, PARTIAL);
        try {
            try (ZipFile zip = new ZipFile(jar.toFile());
                    OutputStream stripped = Files.newOutputStream(partial.resolve(jar.getFileName()));
                    ZipOutputStream out = new ZipOutputStream(stripped)) {
                for (Enumeration<? extends ZipEntry> all = zip.entries(); all.hasMoreElements(); ) {
                    ZipEntry entry = all.nextElement();
                    if (entry.getName().equals(resource)) {
                        try (InputStream library = zip.getInputStream(entry)) {
                            Files.copy(library, partial.resolve(System.mapLibraryName(name)));
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
            Files.move(partial, dir, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException | DirectoryNotEmptyException raced) {
            // another command unpacked the same jar meanwhile: its copy is as good
        } finally {
            deleteTree(partial);
        }
        if (!complete(dir, jar, name)) {
            throw new IOException(dir + " lacks the unpacked jar or library");
        }
        pruneOld(dir);
        return dir;
    }

    private static boolean complete(Path dir, Path jar, String name) {
        return Files.isRegularFile(dir.resolve(jar.getFileName()))
                && Files.isRegularFile(dir.resolve(System.mapLibraryName(name)));
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

    /** Keeps the newest copies; removes what an unpacking killed midway left over an hour ago. */
    private void pruneOld(Path current) throws IOException {
        long hourAgo = System.currentTimeMillis() - 3_600_000;
        try (Stream<Path> dirs = Files.list(cacheRoot)) {
            List<Path> all = dirs.filter(d -> !d.equals(current)).toList();
            all.stream()
                    .filter(d -> d.getFileName().toString().startsWith(PARTIAL) && modified(d) < hourAgo)
                    .forEach(UnpackedNativeLibrary::deleteTree);
            all.stream()
                    .filter(d -> !d.getFileName().toString().startsWith(PARTIAL))
                    .sorted(Comparator.comparing(UnpackedNativeLibrary::modified)
                            .reversed())
                    .skip(KEPT - 1)
                    .forEach(UnpackedNativeLibrary::deleteTree);
        }
    }

    private static long modified(Path path) {
        try {
            return Files.getLastModifiedTime(path).toMillis();
        } catch (IOException e) {
            return 0;
        }
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> all = Files.walk(root)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a leftover copy is harmless: the next unpacking of that jar replaces it
        }
    }
}
