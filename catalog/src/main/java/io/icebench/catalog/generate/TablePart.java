package io.icebench.catalog.generate;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.apache.iceberg.DataFile;
import org.apache.iceberg.Table;
import org.apache.iceberg.data.Record;

/** One part of a generated table, written by one thread into data files of the table (not yet committed). */
@FunctionalInterface
public interface TablePart {

    int PROGRESS_EVERY = 10_000;

    /** Writes the part's rows; every file is told to {@code ledger} when created; the data files written. */
    List<DataFile> write(Table table, WrittenFiles ledger, GenerationProgress progress) throws IOException;

    /** Ends a part whose thread was interrupted: the generation was stopped. */
    static void stopIfInterrupted() {
        if (Thread.currentThread().isInterrupted()) {
            throw new CancellationException("generation stopped");
        }
    }

    /** A part whose rows are filled into one reusable Iceberg record, for any schema. */
    static TablePart ofRecords(PartWriter rows) {
        return (table, ledger, progress) -> {
            long[] pending = {0};
            try (PartitionedFiles<Record> files = PartitionedFiles.records(table, ledger)) {
                rows.write(files.newRecord(), record -> {
                    files.write(record);
                    if (++pending[0] == PROGRESS_EVERY) {
                        stopIfInterrupted();
                        progress.rowsWritten(pending[0]);
                        pending[0] = 0;
                    }
                });
                progress.rowsWritten(pending[0]);
                return files.finish();
            }
        };
    }
}
