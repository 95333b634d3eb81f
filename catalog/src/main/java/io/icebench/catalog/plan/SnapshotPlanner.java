package io.icebench.catalog.plan;

import io.icebench.core.model.ColumnDef;
import io.icebench.core.model.DataFileRef;
import io.icebench.core.model.DeleteFileRef;
import io.icebench.core.model.DeleteKind;
import io.icebench.core.model.Planning;
import io.icebench.core.model.TableSnapshot;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.iceberg.DeleteFile;
import org.apache.iceberg.FileContent;
import org.apache.iceberg.FileFormat;
import org.apache.iceberg.FileScanTask;
import org.apache.iceberg.Schema;
import org.apache.iceberg.Snapshot;
import org.apache.iceberg.Table;
import org.apache.iceberg.io.CloseableIterable;
import org.apache.iceberg.types.Types;

/**
 * Plans one snapshot of a table the way Iceberg's own readers do ({@code planFiles}): every live data file
 * with the delete files that apply to it (sequence numbers and partitions taken into account by Iceberg's
 * delete index), timed as planning. Deletion vectors are converted into position delete files on the way.
 */
public final class SnapshotPlanner {

    private final DeletionVectors deletionVectors;

    public SnapshotPlanner(DeletionVectors deletionVectors) {
        this.deletionVectors = deletionVectors;
    }

    public TableSnapshot plan(String catalog, String namespace, String name, Table table, Snapshot snapshot) {
        long start = System.nanoTime();
        Schema schema =
                snapshot.schemaId() == null ? table.schema() : table.schemas().get(snapshot.schemaId());
        List<ColumnDef> columns = new ArrayList<>();
        for (Types.NestedField field : schema.columns()) {
            columns.add(new ColumnDef(field.name(), field.type().toString(), field.isRequired()));
        }
        Map<String, Integer> deleteIndex = new LinkedHashMap<>();
        List<DeleteFileRef> deletes = new ArrayList<>();
        List<DataFileRef> files = new ArrayList<>();
        long rows = 0;
        long bytes = 0;
        try (CloseableIterable<FileScanTask> tasks =
                table.newScan().useSnapshot(snapshot.snapshotId()).planFiles()) {
            for (FileScanTask task : tasks) {
                List<Integer> equality = new ArrayList<>();
                for (DeleteFile delete : task.deletes()) {
                    Integer index = deleteIndex.get(key(delete));
                    if (index == null) {
                        index = deletes.size();
                        deleteIndex.put(key(delete), index);
                        deletes.add(describe(table, schema, delete));
                    }
                    if (delete.content() == FileContent.EQUALITY_DELETES) {
                        equality.add(index);
                    }
                }
                String location = task.file().location();
                files.add(new DataFileRef(
                        FileLocations.openable(location),
                        location,
                        task.file().recordCount(),
                        task.file().fileSizeInBytes(),
                        task.file().dataSequenceNumber(),
                        equality));
                rows += task.file().recordCount();
                bytes += task.file().fileSizeInBytes();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        files.sort(Comparator.comparing(DataFileRef::path));
        double planMs = (System.nanoTime() - start) / 1e6;
        Planning planning = new Planning(
                planMs,
                snapshot.allManifests(table.io()).size(),
                files.size(),
                count(deletes, DeleteKind.POSITION),
                count(deletes, DeleteKind.EQUALITY),
                count(deletes, DeleteKind.DELETION_VECTOR));
        return new TableSnapshot(
                catalog,
                namespace,
                name,
                table.location(),
                snapshot.snapshotId(),
                columns,
                files,
                deletes,
                rows,
                bytes,
                planning);
    }

    /** A deletion vector is one blob of a Puffin file: its location alone does not name it. */
    private static String key(DeleteFile delete) {
        return delete.location() + "#" + delete.contentOffset();
    }

    private DeleteFileRef describe(Table table, Schema schema, DeleteFile delete) {
        long sequence = delete.dataSequenceNumber() == null ? 0 : delete.dataSequenceNumber();
        if (delete.format() == FileFormat.PUFFIN) {
            return new DeleteFileRef(
                    DeleteKind.DELETION_VECTOR,
                    deletionVectors.asPositionDeletes(table, delete),
                    delete.location(),
                    List.of(),
                    sequence,
                    delete.recordCount(),
                    delete.fileSizeInBytes());
        }
        if (delete.format() != FileFormat.PARQUET) {
            throw new UnsupportedOperationException("delete file " + delete.location() + " is " + delete.format()
                    + "; icebench hands engines Parquet delete files only");
        }
        if (delete.content() == FileContent.POSITION_DELETES) {
            return new DeleteFileRef(
                    DeleteKind.POSITION,
                    FileLocations.openable(delete.location()),
                    delete.location(),
                    List.of(),
                    sequence,
                    delete.recordCount(),
                    delete.fileSizeInBytes());
        }
        List<String> equality = delete.equalityFieldIds().stream()
                .map(id -> schema.findColumnName(id))
                .toList();
        return new DeleteFileRef(
                DeleteKind.EQUALITY,
                FileLocations.openable(delete.location()),
                delete.location(),
                equality,
                sequence,
                delete.recordCount(),
                delete.fileSizeInBytes());
    }

    private static int count(List<DeleteFileRef> deletes, DeleteKind kind) {
        return (int) deletes.stream().filter(d -> d.kind() == kind).count();
    }
}
