package io.icebench.catalog.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.permission.FsPermission;
import org.apache.iceberg.hadoop.HadoopFileIO;
import org.apache.iceberg.io.OutputFile;
import org.apache.iceberg.io.PositionOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ForklessLocalFileSystemTest {

    @TempDir
    java.nio.file.Path dir;

    @Test
    void writesThroughIcebergWithoutChecksumFilesAndWithHadoopsPermissions() throws Exception {
        Configuration conf = new Configuration(false);
        conf.set("fs.file.impl", ForklessLocalFileSystem.NAME);
        conf.setBoolean("fs.file.impl.disable.cache", true);
        conf.set("fs.permissions.umask-mode", "027");
        java.nio.file.Path file = dir.resolve("table/data/part-1.parquet");
        OutputFile output = new HadoopFileIO(conf).newOutputFile(file.toUri().toString());
        try (PositionOutputStream stream = output.create()) {
            stream.write("rows".getBytes(StandardCharsets.US_ASCII));
        }
        assertThat(Files.readString(file)).isEqualTo("rows");
        try (var listed = Files.list(file.getParent())) {
            assertThat(listed.map(p -> p.getFileName().toString())).containsExactly("part-1.parquet");
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-r-----");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent())))
                .isEqualTo("rwxr-x---");
    }

    @Test
    void setsAModeGivenExplicitly() throws Exception {
        Configuration conf = new Configuration(false);
        conf.set("fs.file.impl", ForklessLocalFileSystem.NAME);
        conf.setBoolean("fs.file.impl.disable.cache", true);
        java.nio.file.Path file = Files.writeString(dir.resolve("f"), "x");
        FileSystem fs = new Path(file.toUri()).getFileSystem(conf);
        assertThat(fs).isInstanceOf(ForklessLocalFileSystem.class);
        fs.setPermission(new Path(file.toUri()), new FsPermission((short) 0751));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rwxr-x--x");
    }
}
