package io.icebench.catalog.mutate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.iceberg.DataFile;
import org.apache.iceberg.DeleteFile;
import org.apache.iceberg.FileScanTask;
import org.apache.iceberg.Schema;
import org.apache.iceberg.Table;
import org.apache.iceberg.data.Record;
import org.apache.iceberg.data.parquet.GenericParquetReaders;
import org.apache.iceberg.expressions.Expressions;
import org.apache.iceberg.io.CloseableIterable;
import org.apache.iceberg.parquet.Parquet;

/**
 * Where the rows with given keys are: for each live data file that holds some, their positions and keys.
 * Files are pruned by Iceberg's column statistics; the key column of the rest is read in file order.
 */
final class RowLocations {

    /** The rows of one data file with a key in the set, and the delete files that already apply to it. */
    record Hits(DataFile file, List<DeleteFile> deletes, List<Long> positions, List<Long> keys) {}

    private RowLocations() {}

    static List<Hits> find(Table table, String keyColumn, Set<Long> keys) {
        Schema projection = table.schema().select(keyColumn);
        List<Hits> all = new ArrayList<>();
        try (CloseableIterable<FileScanTask> tasks = table.newScan()
                .filter(Expressions.in(keyColumn, keys.toArray()))
                .planFiles()) {
            for (FileScanTask task : tasks) {
                Hits hits = new Hits(task.file(), task.deletes(), new ArrayList<>(), new ArrayList<>());
                try (CloseableIterable<Record> rows = Parquet.read(
                                table.io().newInputFile(task.file().location()))
                        .project(projection)
                        .createReaderFunc(schema -> GenericParquetReaders.buildReader(projection, schema))
                        .build()) {
                    long position = 0;
                    for (Record row : rows) {
                        Long key = (Long) row.get(0);
                        if (keys.contains(key)) {
                            hits.positions().add(position);
                            hits.keys().add(key);
                        }
                        position++;
                    }
                }
                if (!hits.positions().isEmpty()) {
                    all.add(hits);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return all;
    }
}
