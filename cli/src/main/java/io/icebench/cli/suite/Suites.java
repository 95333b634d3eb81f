package io.icebench.cli.suite;

import io.icebench.core.config.ConfigException;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Finds a suite by what {@code --suite} says: a directory, or the name of a built-in suite (a folder under
 * {@code suites/} on the classpath, read through the same loader as a directory).
 */
public final class Suites {

    private static final String ROOT = "/suites";

    private Suites() {}

    /** The suite a directory holds, or the built-in suite of that name. */
    public static Suite load(String suite) {
        Path dir = Path.of(suite);
        if (Files.isDirectory(dir)) {
            return SuiteLoader.load(
                    dir, dir.toAbsolutePath().normalize().getFileName().toString());
        }
        Path builtIn = builtInRoot().resolve(suite);
        if (!suite.contains("/") && Files.isDirectory(builtIn)) {
            return SuiteLoader.load(builtIn, suite);
        }
        throw new ConfigException("unknown suite '" + suite + "': use " + String.join(", ", builtInNames())
                + ", or a directory of .sql files");
    }

    /** The names of the built-in suites, in natural order. */
    public static List<String> builtInNames() {
        try (Stream<Path> dirs = Files.list(builtInRoot())) {
            return dirs.filter(Files::isDirectory)
                    .map(d -> d.getFileName().toString().replace("/", ""))
                    .sorted(NaturalOrder.INSTANCE)
                    .toList();
        } catch (IOException e) {
            throw new IllegalStateException("cannot list the built-in suites: " + e.getMessage(), e);
        }
    }

    /** {@code suites/} as a path: a folder of the build, or inside the jar that holds it. */
    private static Path builtInRoot() {
        URL url = Suites.class.getResource(ROOT);
        if (url == null) {
            throw new IllegalStateException("the built-in suites are missing from the classpath (" + ROOT + ")");
        }
        try {
            URI uri = url.toURI();
            if (!"jar".equals(uri.getScheme())) {
                return Path.of(uri);
            }
            return jarFileSystem(uri).getPath(ROOT);
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("cannot open the built-in suites at " + url + ": " + e.getMessage(), e);
        }
    }

    private static synchronized FileSystem jarFileSystem(URI uri) throws IOException {
        try {
            return FileSystems.newFileSystem(uri, Map.of());
        } catch (FileSystemAlreadyExistsException e) {
            return FileSystems.getFileSystem(uri);
        }
    }
}
