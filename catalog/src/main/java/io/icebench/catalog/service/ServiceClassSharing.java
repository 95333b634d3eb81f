package io.icebench.catalog.service;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Class-data sharing for a service JVM icebench starts (the metastore): the second process of a build records the
 * classes it loaded when it exits (recording slows its start, so a build's first start, often a new user's first
 * command, does not); every later start maps that archive and loads its classes sooner. Start-up only: the service's
 * code and JIT are the same with it or without. Engine workers, which are measured, never share.
 *
 * <p>The first start leaves {@code SERVICE-KEY.seen}; the recording JVM writes {@code SERVICE-KEY.UUID.partial} as
 * it exits, and a later start renames a partial that has not changed for a while to {@code SERVICE-KEY.jsa}. The
 * key is the Java binary and the class path with each jar's size and time, so a new build or JDK makes a new
 * archive (the three newest of a service are kept).
 */
public final class ServiceClassSharing {

    private static final Duration WRITTEN = Duration.ofSeconds(30);
    private static final int KEPT = 3;

    private final Path directory;

    public ServiceClassSharing(Path directory) {
        this.directory = directory;
    }

    /**
     * The JVM options for a {@code service} started with {@code java} on {@code classpath}: map its archive, or
     * record one at exit, or (a build's first start) none; none either when the class path has a directory (only
     * jars can be archived) or when {@code ICEBENCH_NO_CDS} is set.
     */
    public List<String> options(String service, String java, String classpath) {
        if (System.getenv("ICEBENCH_NO_CDS") != null) {
            return List.of();
        }
        String key = key(java, classpath);
        if (key == null) {
            return List.of();
        }
        String prefix = service + "-" + key;
        Path archive = directory.resolve(prefix + ".jsa");
        try {
            Files.createDirectories(directory);
            settleWritten(prefix, archive);
            if (Files.isRegularFile(archive)) {
                return List.of("-Xlog:cds*=off", "-XX:SharedArchiveFile=" + archive);
            }
            removeOld(service);
            Path seen = directory.resolve(prefix + ".seen");
            if (!Files.exists(seen)) {
                Files.writeString(seen, "");
                return List.of();
            }
            Path partial = directory.resolve(prefix + "." + UUID.randomUUID() + ".partial");
            return List.of("-Xlog:cds*=off", "-XX:ArchiveClassesAtExit=" + partial);
        } catch (IOException e) {
            return List.of(); // an unwritable cache only costs the faster start
        }
    }

    /**
     * Partial archives an exiting JVM finished writing: the first becomes {@code archive} when there is none yet, the
     * others (two JVMs of one build that exited before either was mapped) are deleted.
     */
    private void settleWritten(String prefix, Path archive) throws IOException {
        Instant written = Instant.now().minus(WRITTEN);
        try (Stream<Path> files = Files.list(directory)) {
            for (Path partial :
                    files.filter(p -> named(p, prefix + ".", ".partial")).toList()) {
                if (!Files.getLastModifiedTime(partial).toInstant().isBefore(written)) {
                    continue;
                }
                try {
                    if (!Files.isRegularFile(archive)) {
                        Files.move(partial, archive, StandardCopyOption.ATOMIC_MOVE);
                    }
                } catch (AtomicMoveNotSupportedException | FileAlreadyExistsException e) {
                    // another start settled it first
                }
                Files.deleteIfExists(partial);
            }
        }
    }

    /** Deletes the archives (and first-start marks) of other builds but the newest few, and abandoned partials. */
    private void removeOld(String service) throws IOException {
        for (String suffix : List.of(".jsa", ".seen")) {
            try (Stream<Path> files = Files.list(directory)) {
                List<Path> kept = files.filter(p -> named(p, service + "-", suffix))
                        .sorted((a, b) -> Long.compare(
                                b.toFile().lastModified(), a.toFile().lastModified()))
                        .toList();
                for (Path old : kept.subList(Math.min(KEPT, kept.size()), kept.size())) {
                    Files.deleteIfExists(old);
                }
            }
        }
        Instant abandoned = Instant.now().minus(WRITTEN.multipliedBy(2));
        try (Stream<Path> files = Files.list(directory)) {
            for (Path partial :
                    files.filter(p -> named(p, service + "-", ".partial")).toList()) {
                if (Files.getLastModifiedTime(partial).toInstant().isBefore(abandoned)) {
                    Files.deleteIfExists(partial);
                }
            }
        }
    }

    private static boolean named(Path file, String prefix, String suffix) {
        String name = file.getFileName().toString();
        return name.startsWith(prefix) && name.endsWith(suffix);
    }

    /** A hash of the JVM and of every jar on the class path with its size and time; null when one is no jar. */
    static String key(String java, String classpath) {
        StringBuilder identity = new StringBuilder(java).append('\n');
        for (String entry : classpath.split(File.pathSeparator)) {
            File jar = new File(entry);
            if (!jar.isFile()) {
                return null;
            }
            identity.append(entry)
                    .append(' ')
                    .append(jar.length())
                    .append(' ')
                    .append(jar.lastModified())
                    .append('\n');
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-1")
                    .digest(identity.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            return null;
        }
    }
}
