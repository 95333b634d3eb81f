package io.icebench.catalog.plan;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.apache.iceberg.DeleteFile;
import org.apache.iceberg.PartitionSpec;
import org.apache.iceberg.Table;
import org.apache.iceberg.data.BaseDeleteLoader;
import org.apache.iceberg.data.parquet.GenericParquetWriter;
import org.apache.iceberg.deletes.PositionDelete;
import org.apache.iceberg.deletes.PositionDeleteIndex;
import org.apache.iceberg.deletes.PositionDeleteWriter;
import org.apache.iceberg.parquet.Parquet;

/**
 * Deletion vectors (format v3, a bitmap in a Puffin file) read with Iceberg's own loader and written once
 * as a Parquet position delete file ({@code file_path, pos}) that every file-based engine can anti-join.
 * A deletion vector never changes, so each is converted once into a cache outside the warehouse.
 */
public final class DeletionVectors {

    private final Path cache;

    public DeletionVectors(Path cache) {
        this.cache = cache;
    }

    /** The local path of the converted file. */
    public String asPositionDeletes(Table table, DeleteFile vector) {
        Path target = cache.resolve(digest(vector.location() + "#" + vector.contentOffset()) + ".parquet");
        if (Files.isRegularFile(target)) {
            return target.toString();
        }
        try {
            Files.createDirectories(cache);
            Path temporary = Files.createTempFile(cache, "dv-", ".tmp");
            Files.delete(temporary);
            write(table, vector, temporary);
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return target.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "cannot convert deletion vector " + vector.location() + " into " + cache + ": " + e.getMessage(),
                    e);
        }
    }

    private static void write(Table table, DeleteFile vector, Path target) throws IOException {
        PositionDeleteIndex positions = new BaseDeleteLoader(d -> table.io().newInputFile(d.location()))
                .loadPositionDeletes(List.of(vector), vector.referencedDataFile());
        PositionDeleteWriter<Object> writer = Parquet.writeDeletes(
                        org.apache.iceberg.Files.localOutput(target.toFile()))
                .createWriterFunc(GenericParquetWriter::create)
                .withSpec(PartitionSpec.unpartitioned())
                .buildPositionWriter();
        PositionDelete<Object> delete = PositionDelete.create();
        try (writer) {
            positions.forEach(pos -> writer.write(delete.set(vector.referencedDataFile(), pos, null)));
        }
    }

    private static String digest(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)))
                    .substring(0, 32);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
