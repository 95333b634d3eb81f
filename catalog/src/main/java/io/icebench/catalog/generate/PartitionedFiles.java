package io.icebench.catalog.generate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.apache.iceberg.DataFile;
import org.apache.iceberg.PartitionKey;
import org.apache.iceberg.StructLike;
import org.apache.iceberg.Table;
import org.apache.iceberg.data.GenericRecord;
import org.apache.iceberg.data.InternalRecordWrapper;
import org.apache.iceberg.data.Record;
import org.apache.iceberg.data.parquet.GenericParquetWriter;
import org.apache.iceberg.io.DataWriter;
import org.apache.iceberg.io.OutputFile;
import org.apache.iceberg.parquet.Parquet;

/**
 * Writes rows into a table's Parquet data files, one open file per partition the rows fall into (one file for an
 * unpartitioned table). Rows are Iceberg records ({@link #records}, Iceberg's Parquet writer) or any type with its
 * own file writer and a view of it as a partition source (TPC-H rows, {@link TpchFiles}). Not thread-safe: one
 * instance per writing thread.
 */
public final class PartitionedFiles<T> implements AutoCloseable {

    private final Table table;
    private final boolean partitioned;
    private final PartitionKey key;
    private final Function<T, StructLike> partitionSource;
    private final RowFile.Opener<T> opener;
    private final Map<PartitionKey, RowFile<T>> open = new HashMap<>();
    private RowFile<T> unpartitioned;
    private final List<DataFile> written = new ArrayList<>();
    private final WrittenFiles ledger;

    /** {@code ledger} learns every file as it is created, so that an aborted write can remove them. */
    PartitionedFiles(
            Table table, WrittenFiles ledger, Function<T, StructLike> partitionSource, RowFile.Opener<T> opener) {
        this.table = table;
        this.partitioned = !table.spec().isUnpartitioned();
        this.key = new PartitionKey(table.spec(), table.schema());
        this.partitionSource = partitionSource;
        this.opener = opener;
        this.ledger = ledger;
    }

    /** Files of Iceberg records, written by Iceberg's generic Parquet writer. */
    public static PartitionedFiles<Record> records(Table table, WrittenFiles ledger) {
        InternalRecordWrapper wrapper = new InternalRecordWrapper(table.schema().asStruct());
        return new PartitionedFiles<>(table, ledger, wrapper::wrap, PartitionedFiles::recordFile);
    }

    private static RowFile<Record> recordFile(Table table, OutputFile file, PartitionKey partition) throws IOException {
        DataWriter<Record> writer = Parquet.writeData(file)
                .schema(table.schema())
                .setAll(table.properties())
                .createWriterFunc(GenericParquetWriter::create)
                .withSpec(table.spec())
                .withPartition(partition)
                .overwrite()
                .build();
        return new RowFile<>() {
            @Override
            public void write(Record row) {
                writer.write(row);
            }

            @Override
            public DataFile finish() throws IOException {
                writer.close();
                return writer.toDataFile();
            }
        };
    }

    public void write(T row) {
        if (!partitioned) {
            if (unpartitioned == null) {
                unpartitioned = open(null);
            }
            write(unpartitioned, row);
            return;
        }
        key.partition(partitionSource.apply(row));
        RowFile<T> writer = open.get(key);
        if (writer == null) {
            PartitionKey copy = key.copy();
            writer = open(copy);
            open.put(copy, writer);
        }
        write(writer, row);
    }

    private static <T> void write(RowFile<T> file, T row) {
        try {
            file.write(row);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A new Parquet data file of {@code table} in {@code partition} (null: unpartitioned), told to the ledger. */
    private RowFile<T> open(PartitionKey partition) {
        String name = "part-" + UUID.randomUUID() + ".parquet";
        String location = partition == null
                ? table.locationProvider().newDataLocation(name)
                : table.locationProvider().newDataLocation(table.spec(), partition, name);
        OutputFile file = table.io().newOutputFile(location);
        ledger.created(location);
        try {
            return opener.open(table, file, partition);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + location + ": " + e.getMessage(), e);
        }
    }

    /** Closes every open file; the data files written. */
    public List<DataFile> finish() throws IOException {
        close();
        return List.copyOf(written);
    }

    @Override
    public void close() throws IOException {
        if (unpartitioned != null) {
            RowFile<T> last = unpartitioned;
            unpartitioned = null;
            written.add(last.finish());
        }
        for (RowFile<T> writer : open.values()) {
            written.add(writer.finish());
        }
        open.clear();
    }

    /** A fresh record of the table's schema. */
    public GenericRecord newRecord() {
        return GenericRecord.create(table.schema());
    }
}
