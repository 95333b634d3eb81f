package io.icebench.catalog.generate;

import java.io.IOException;
import org.apache.iceberg.DataFile;
import org.apache.iceberg.PartitionKey;
import org.apache.iceberg.Table;
import org.apache.iceberg.io.OutputFile;

/** One data file of a table being written: rows in, the data file to commit out. */
interface RowFile<T> {

    void write(T row) throws IOException;

    /** Closes the file; what to commit. */
    DataFile finish() throws IOException;

    /** Opens a new data file of {@code table} at {@code file}, in {@code partition} (null: unpartitioned). */
    @FunctionalInterface
    interface Opener<T> {
        RowFile<T> open(Table table, OutputFile file, PartitionKey partition) throws IOException;
    }
}
