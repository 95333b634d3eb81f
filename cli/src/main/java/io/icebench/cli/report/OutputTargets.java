package io.icebench.cli.report;

import io.icebench.core.config.ConfigException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;

/**
 * The rules for every file icebench writes its results into: only regular files are written or replaced,
 * never a device, a pipe, a directory or a symbolic link; a file is replaced atomically through a temporary
 * file of its own (unique per writer) that never outlives a failed write.
 */
public final class OutputTargets {

    /** Writes the content of a file to a stream. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private OutputTargets() {}

    /** Why {@code file} must not be written, or null when it is absent or a regular file. */
    public static String refusal(Path file) {
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return null;
        }
        if (Files.isSymbolicLink(file)) {
            String target;
            try {
                target = String.valueOf(Files.readSymbolicLink(file));
            } catch (IOException e) {
                target = "?";
            }
            return file + " is a symbolic link (to " + target + "); icebench neither writes through a link nor "
                    + "replaces it: give a plain file name";
        }
        if (Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
            return file + " is a directory; give a file name such as results.json";
        }
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return file + " exists and is not a regular file (a device, pipe or socket); icebench writes results "
                    + "only as regular files: give another file name";
        }
        return null;
    }

    /** Refuses, as a usage error, a target that must not be written. */
    public static void require(Path file, String option) {
        String why = refusal(file);
        if (why != null) {
            throw new ConfigException(option + " " + why);
        }
    }

    /**
     * Replaces {@code target} atomically with the content; the temporary file is removed when writing fails,
     * and the failure names the file.
     */
    public static void replace(Path target, Content content) throws IOException {
        Path file = target.toAbsolutePath();
        String why = refusal(file);
        if (why != null) {
            throw new IOException("not written: " + why);
        }
        Path tmp = null;
        try {
            // a name of this writer's own, created new (never through a link), with the user's usual permissions
            Path fresh = file.resolveSibling("." + file.getFileName() + "."
                    + ProcessHandle.current().pid() + "-" + Long.toHexString(RANDOM.nextLong()) + ".tmp");
            try (OutputStream out = Files.newOutputStream(
                    fresh, LinkOption.NOFOLLOW_LINKS, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                tmp = fresh;
                content.writeTo(out);
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            tmp = null;
        } catch (IOException e) {
            throw new IOException("cannot write " + file + " (" + reason(e) + ")", e);
        } finally {
            if (tmp != null) {
                Files.deleteIfExists(tmp);
            }
        }
    }

    /** The system's reason for an I/O failure ("No space left on device"), without a repeated path. */
    public static String reason(IOException e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.lines().findFirst().orElse(message).strip();
    }
}
