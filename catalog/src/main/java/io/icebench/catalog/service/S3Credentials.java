package io.icebench.catalog.service;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.icebench.core.config.Secrets;
import io.icebench.core.protocol.Json;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Set;

/**
 * The keys of a data directory's embedded S3 server: generated at random once, kept in a file only its
 * owner may read. {@link #toString()} never shows the secret key.
 */
public record S3Credentials(String accessKeyId, String secretAccessKey) {

    public static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final String KEY_ID_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    private static final String SECRET_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** The keys stored in {@code file}, generated and stored first when the file does not exist yet. */
    public static S3Credentials loadOrCreate(Path file) {
        try {
            if (!Files.exists(file)) {
                S3Credentials fresh = new S3Credentials("IB" + random(KEY_ID_CHARS, 18), random(SECRET_CHARS, 40));
                writeOwnerOnly(
                        file, Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(fresh));
                return fresh;
            }
            return Json.MAPPER.readValue(file.toFile(), S3Credentials.class);
        } catch (IOException e) {
            throw new IllegalStateException(
                    "cannot read or write " + file + ": " + e.getMessage() + " (remove it to have new keys generated)",
                    e);
        }
    }

    /** Writes {@code content} to a file created with mode 0600 from the start, then moved into place. */
    public static void writeOwnerOnly(Path file, byte[] content) throws IOException {
        Files.createDirectories(file.getParent());
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.deleteIfExists(tmp);
        try {
            Files.createFile(tmp, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        } catch (FileAlreadyExistsException e) {
            throw new IOException("another process is writing " + file, e);
        }
        try (OutputStream out = Files.newOutputStream(tmp)) {
            out.write(content);
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static String random(String alphabet, int length) {
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            out.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
        }
        return out.toString();
    }

    @JsonIgnore
    public S3Access access(String endpoint) {
        return new S3Access(endpoint, S3Access.DEFAULT_REGION, true, accessKeyId, secretAccessKey);
    }

    @Override
    public String toString() {
        return "S3Credentials[accessKeyId=" + accessKeyId + ", secretAccessKey=" + Secrets.MASK + "]";
    }
}
