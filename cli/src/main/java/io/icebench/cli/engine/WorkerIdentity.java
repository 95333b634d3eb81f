package io.icebench.cli.engine;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * What makes a worker answer with the same version: its command, its environment, and every file its command and
 * environment name (the JVM or Python executable, each classpath jar, each file under a classpath or source
 * folder), by path, size and modification time. A rebuilt jar, an upgraded JDK or a new venv changes it.
 */
final class WorkerIdentity {

    private WorkerIdentity() {}

    /** A hex digest of the worker's identity; null when a file it names cannot be read (it must then be started). */
    static String of(List<String> command, Map<String, String> environment) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String token : command) {
                add(digest, token);
            }
            for (Map.Entry<String, String> variable : new TreeMap<>(environment).entrySet()) {
                add(digest, variable.getKey() + "=" + variable.getValue());
                add(digest, variable.getValue());
            }
            return HexFormat.of().formatHex(digest.digest()).substring(0, 32);
        } catch (IOException e) {
            return null;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }

    /** The token itself, then the state of every path it names (one, or a classpath of several). */
    private static void add(MessageDigest digest, String token) throws IOException {
        update(digest, "token " + token);
        for (String part : token.split(File.pathSeparator)) {
            if (part.isEmpty() || !part.startsWith("/") && !part.startsWith(".")) {
                continue;
            }
            Path path = Path.of(part.endsWith("*") ? part.substring(0, part.length() - 1) : part);
            if (Files.isDirectory(path)) {
                try (Stream<Path> files = Files.walk(path)) {
                    for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                        state(digest, file);
                    }
                }
            } else if (Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
                state(digest, path);
                if (Files.isSymbolicLink(path)) {
                    state(digest, path.toRealPath());
                }
            }
        }
    }

    private static void state(MessageDigest digest, Path file) throws IOException {
        BasicFileAttributes attributes =
                Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        update(
                digest,
                "file " + file + " " + attributes.size() + " "
                        + attributes.lastModifiedTime().toMillis());
    }

    private static void update(MessageDigest digest, String text) {
        digest.update(text.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
    }
}
