package io.icebench.catalog.generate;

import org.apache.iceberg.data.GenericRecord;

/** Writes the rows of one part (one Parquet file) of a generated table into a reusable record. */
@FunctionalInterface
public interface PartWriter {

    /** Fills {@code record} row by row, handing each to {@code sink}. */
    void write(GenericRecord record, RowSink sink);

    @FunctionalInterface
    interface RowSink {
        void accept(GenericRecord record);
    }
}
