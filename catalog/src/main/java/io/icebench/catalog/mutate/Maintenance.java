package io.icebench.catalog.mutate;

import io.icebench.catalog.generate.PartitionedFiles;
import io.icebench.catalog.generate.WrittenFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.iceberg.DataFile;
import org.apache.iceberg.DeleteFile;
import org.apache.iceberg.FileScanTask;
import org.apache.iceberg.ManifestFile;
import org.apache.iceberg.ManifestFiles;
import org.apache.iceberg.ManifestReader;
import org.apache.iceberg.Snapshot;
import org.apache.iceberg.Table;
import org.apache.iceberg.data.IcebergGenerics;
import org.apache.iceberg.data.Record;
import org.apache.iceberg.io.CloseableIterable;

/** Table maintenance as Iceberg commits: compaction (live rows rewritten without deletes) and snapshot expiry. */
public final class Maintenance {

    /** What compaction replaced and wrote. */
    public record Compacted(
            long rows, int dataFilesBefore, int deleteFilesBefore, int dataFilesAfter, long snapshotId) {}

    private Maintenance() {}

    /** Rewrites the live rows of the current snapshot into new files and drops every data and delete file. */
    public static Compacted compact(Table table) {
        Snapshot snapshot = table.currentSnapshot();
        if (snapshot == null) {
            return new Compacted(0, 0, 0, 0, -1);
        }
        Set<DataFile> oldData = new HashSet<>();
        try (CloseableIterable<FileScanTask> tasks =
                table.newScan().useSnapshot(snapshot.snapshotId()).planFiles()) {
            tasks.forEach(task -> oldData.add(task.file()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Set<DeleteFile> oldDeletes = liveDeletes(table, snapshot);
        long[] rows = {0};
        List<DataFile> newData = new WrittenFiles().commitOrDelete(table.io(), ledger -> {
            List<DataFile> written;
            try (PartitionedFiles<Record> files = PartitionedFiles.records(table, ledger);
                    CloseableIterable<Record> live = IcebergGenerics.read(table)
                            .useSnapshot(snapshot.snapshotId())
                            .build()) {
                for (Record record : live) {
                    files.write(record);
                    rows[0]++;
                }
                written = files.finish();
            }
            table.newRewrite()
                    .validateFromSnapshot(snapshot.snapshotId())
                    .rewriteFiles(oldData, oldDeletes, new HashSet<>(written), Set.of())
                    .commit();
            return written;
        });
        return new Compacted(
                rows[0],
                oldData.size(),
                oldDeletes.size(),
                newData.size(),
                table.currentSnapshot().snapshotId());
    }

    private static Set<DeleteFile> liveDeletes(Table table, Snapshot snapshot) {
        Set<DeleteFile> deletes = new HashSet<>();
        for (ManifestFile manifest : snapshot.deleteManifests(table.io())) {
            try (ManifestReader<DeleteFile> reader =
                    ManifestFiles.readDeleteManifest(manifest, table.io(), table.specs())) {
                reader.forEach(delete -> deletes.add(delete.copy()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return deletes;
    }

    /** Expires all snapshots but the newest {@code keep}; the number of snapshots left. */
    public static int expireSnapshots(Table table, int keep) {
        table.expireSnapshots()
                .expireOlderThan(System.currentTimeMillis())
                .retainLast(keep)
                .commit();
        table.refresh();
        int left = 0;
        for (Snapshot ignored : table.snapshots()) {
            left++;
        }
        return left;
    }
}
