package io.icebench.catalog.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Set;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RawLocalFileSystem;
import org.apache.hadoop.fs.permission.FsPermission;

/**
 * Hadoop's local file system for {@code file:} tables, without its two costs on every file written: Hadoop's
 * {@code LocalFileSystem} writes a {@code .crc} file beside each file, and without the native Hadoop library
 * (absent here) sets every new file's and directory's permissions by starting a {@code chmod} process (92 of them
 * for TPC-H SF 0.1). This one sets them through java.nio and writes no checksum files; readers of the tables
 * (any engine) need neither.
 */
public final class ForklessLocalFileSystem extends RawLocalFileSystem {

    /** The class to name as {@code fs.file.impl} in a Hadoop configuration. */
    public static final String NAME = ForklessLocalFileSystem.class.getName();

    private static final PosixFilePermission[] BY_BIT = {
        PosixFilePermission.OTHERS_EXECUTE, PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_READ,
        PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_READ,
        PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_READ
    };

    @Override
    public void setPermission(Path path, FsPermission permission) throws IOException {
        Files.setPosixFilePermissions(pathToFile(path).toPath(), posix(permission.toShort()));
    }

    /** The rwx bits of a Unix mode (sticky, setuid and setgid bits are not set on generated files). */
    static Set<PosixFilePermission> posix(short mode) {
        Set<PosixFilePermission> permissions = EnumSet.noneOf(PosixFilePermission.class);
        for (int bit = 0; bit < BY_BIT.length; bit++) {
            if ((mode & (1 << bit)) != 0) {
                permissions.add(BY_BIT[bit]);
            }
        }
        return permissions;
    }
}
