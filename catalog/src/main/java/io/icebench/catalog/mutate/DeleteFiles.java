package io.icebench.catalog.mutate;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.iceberg.DeleteFile;
import org.apache.iceberg.FileFormat;
import org.apache.iceberg.PartitionSpec;
import org.apache.iceberg.Schema;
import org.apache.iceberg.StructLike;
import org.apache.iceberg.Table;
import org.apache.iceberg.data.BaseDeleteLoader;
import org.apache.iceberg.data.GenericRecord;
import org.apache.iceberg.data.Record;
import org.apache.iceberg.data.parquet.GenericParquetWriter;
import org.apache.iceberg.deletes.BaseDVFileWriter;
import org.apache.iceberg.deletes.EqualityDeleteWriter;
import org.apache.iceberg.deletes.PositionDelete;
import org.apache.iceberg.deletes.PositionDeleteWriter;
import org.apache.iceberg.io.DeleteWriteResult;
import org.apache.iceberg.io.OutputFileFactory;
import org.apache.iceberg.parquet.Parquet;
import org.apache.iceberg.util.ContentFileUtil;

/**
 * Writes the delete files that remove located rows, in one of the three ways Iceberg knows: position delete
 * files (one per data file), equality delete files on the key (one per partition), or deletion vectors
 * (one per data file, merged with the vector it replaces).
 */
final class DeleteFiles {

    /** What to add to, and remove from, the table in one row delta. */
    record Written(List<DeleteFile> added, List<DeleteFile> replaced) {}

    private DeleteFiles() {}

    static Written write(Table table, String keyColumn, List<RowLocations.Hits> hits, DeleteMode mode)
            throws IOException {
        OutputFileFactory files = OutputFileFactory.builderFor(table, 1, System.nanoTime())
                .format(mode == DeleteMode.DV ? FileFormat.PUFFIN : FileFormat.PARQUET)
                .build();
        return switch (mode) {
            case POSITION -> new Written(positions(table, files, hits), List.of());
            case EQUALITY -> new Written(equality(table, files, keyColumn, hits), List.of());
            case DV -> vectors(table, files, hits);
        };
    }

    private static List<DeleteFile> positions(Table table, OutputFileFactory files, List<RowLocations.Hits> hits)
            throws IOException {
        List<DeleteFile> written = new ArrayList<>();
        for (RowLocations.Hits hit : hits) {
            PartitionSpec spec = table.specs().get(hit.file().specId());
            PositionDeleteWriter<Record> writer = Parquet.writeDeletes(
                            files.newOutputFile(spec, hit.file().partition()))
                    .setAll(table.properties())
                    .withSpec(spec)
                    .withPartition(hit.file().partition())
                    .createWriterFunc(GenericParquetWriter::create)
                    .overwrite()
                    .buildPositionWriter();
            PositionDelete<Record> delete = PositionDelete.create();
            try (writer) {
                for (long position : hit.positions()) {
                    writer.write(delete.set(hit.file().location(), position, null));
                }
            }
            written.add(writer.toDeleteFile());
        }
        return written;
    }

    private static List<DeleteFile> equality(
            Table table, OutputFileFactory files, String keyColumn, List<RowLocations.Hits> hits) throws IOException {
        Schema keySchema = table.schema().select(keyColumn);
        int keyId = table.schema().findField(keyColumn).fieldId();
        Map<String, List<RowLocations.Hits>> byPartition = new LinkedHashMap<>();
        for (RowLocations.Hits hit : hits) {
            PartitionSpec spec = table.specs().get(hit.file().specId());
            byPartition
                    .computeIfAbsent(
                            spec.specId() + "/"
                                    + spec.partitionToPath(hit.file().partition()),
                            k -> new ArrayList<>())
                    .add(hit);
        }
        List<DeleteFile> written = new ArrayList<>();
        for (List<RowLocations.Hits> partition : byPartition.values()) {
            PartitionSpec spec = table.specs().get(partition.get(0).file().specId());
            StructLike value = partition.get(0).file().partition();
            EqualityDeleteWriter<Record> writer = Parquet.writeDeletes(files.newOutputFile(spec, value))
                    .forTable(table)
                    .withSpec(spec)
                    .withPartition(value)
                    .rowSchema(keySchema)
                    .equalityFieldIds(keyId)
                    .createWriterFunc(GenericParquetWriter::create)
                    .overwrite()
                    .buildEqualityWriter();
            GenericRecord key = GenericRecord.create(keySchema);
            try (writer) {
                partition.stream()
                        .flatMap(h -> h.keys().stream())
                        .distinct()
                        .sorted()
                        .forEach(k -> writer.write(key.copy(keyColumn, k)));
            }
            written.add(writer.toDeleteFile());
        }
        return written;
    }

    private static Written vectors(Table table, OutputFileFactory files, List<RowLocations.Hits> hits)
            throws IOException {
        Map<String, DeleteFile> previous = new LinkedHashMap<>();
        for (RowLocations.Hits hit : hits) {
            hit.deletes().stream()
                    .filter(ContentFileUtil::isDV)
                    .forEach(dv -> previous.put(hit.file().location(), dv));
        }
        BaseDeleteLoader loader = new BaseDeleteLoader(d -> table.io().newInputFile(d.location()));
        BaseDVFileWriter writer = new BaseDVFileWriter(files, path -> {
            DeleteFile old = previous.get(path.toString());
            return old == null ? null : loader.loadPositionDeletes(List.of(old), path);
        });
        try (writer) {
            for (RowLocations.Hits hit : hits) {
                PartitionSpec spec = table.specs().get(hit.file().specId());
                for (long position : hit.positions()) {
                    writer.delete(
                            hit.file().location(), position, spec, hit.file().partition());
                }
            }
        }
        DeleteWriteResult result = writer.result();
        return new Written(result.deleteFiles(), result.rewrittenDeleteFiles());
    }
}
