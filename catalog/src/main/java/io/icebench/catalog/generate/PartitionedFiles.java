package io.icebench.catalog.generate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.apache.iceberg.DataFile;
import org.apache.iceberg.PartitionKey;
import org.apache.iceberg.Schema;
import org.apache.iceberg.StructLike;
import org.apache.iceberg.Table;
import org.apache.iceberg.data.GenericRecord;
import org.apache.iceberg.data.InternalRecordWrapper;
import org.apache.iceberg.data.Record;
import org.apache.iceberg.data.parquet.GenericParquetWriter;
import org.apache.iceberg.io.DataWriter;
import org.apache.iceberg.io.OutputFile;
import org.apache.iceberg.parquet.Parquet;
import org.apache.iceberg.parquet.ParquetValueWriter;
import org.apache.parquet.schema.MessageType;

/**
 * Writes rows into a table's Parquet data files, one open file per partition the rows fall into (one file for an
 * unpartitioned table). Rows are Iceberg records ({@link #records}) or any type with its own Parquet value writer
 * and a view of it as a partition source (TPC-H rows, {@link TpchFiles}). Not thread-safe: one instance per
 * writing thread.
 */
public final class PartitionedFiles<T> implements AutoCloseable {

    private final Table table;
    private final boolean partitioned;
    private final PartitionKey key;
    private final Function<T, StructLike> partitionSource;
    private final BiFunction<Schema, MessageType, ParquetValueWriter<?>> writerFunc;
    private final Map<String, String> writerSettings;
    private final Map<PartitionKey, DataWriter<T>> open = new HashMap<>();
    private DataWriter<T> unpartitioned;
    private final List<DataFile> written = new ArrayList<>();
    private final WrittenFiles ledger;

    /**
     * {@code ledger} learns every file as it is created, so that an aborted write can remove them;
     * {@code writerSettings} (Iceberg's write.parquet.* properties) apply to these files over the table's.
     */
    PartitionedFiles(
            Table table,
            WrittenFiles ledger,
            Function<T, StructLike> partitionSource,
            BiFunction<Schema, MessageType, ParquetValueWriter<?>> writerFunc,
            Map<String, String> writerSettings) {
        this.table = table;
        this.partitioned = !table.spec().isUnpartitioned();
        this.key = new PartitionKey(table.spec(), table.schema());
        this.partitionSource = partitionSource;
        this.writerFunc = writerFunc;
        this.writerSettings = Map.copyOf(writerSettings);
        this.ledger = ledger;
    }

    /** Files of Iceberg records, written by Iceberg's generic Parquet writer. */
    public static PartitionedFiles<Record> records(Table table, WrittenFiles ledger) {
        InternalRecordWrapper wrapper = new InternalRecordWrapper(table.schema().asStruct());
        return new PartitionedFiles<>(table, ledger, wrapper::wrap, GenericParquetWriter::create, Map.of());
    }

    public void write(T row) {
        if (!partitioned) {
            if (unpartitioned == null) {
                unpartitioned = open(null);
            }
            unpartitioned.write(row);
            return;
        }
        key.partition(partitionSource.apply(row));
        DataWriter<T> writer = open.get(key);
        if (writer == null) {
            PartitionKey copy = key.copy();
            writer = open(copy);
            open.put(copy, writer);
        }
        writer.write(row);
    }

    /** A new Parquet data file of {@code table} in {@code partition} (null: unpartitioned), told to the ledger. */
    private DataWriter<T> open(PartitionKey partition) {
        String name = "part-" + UUID.randomUUID() + ".parquet";
        String location = partition == null
                ? table.locationProvider().newDataLocation(name)
                : table.locationProvider().newDataLocation(table.spec(), partition, name);
        OutputFile file = table.io().newOutputFile(location);
        ledger.created(location);
        try {
            return Parquet.writeData(file)
                    .schema(table.schema())
                    .setAll(table.properties())
                    .setAll(writerSettings)
                    .createWriterFunc(writerFunc)
                    .withSpec(table.spec())
                    .withPartition(partition)
                    .overwrite()
                    .build();
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
            unpartitioned.close();
            written.add(unpartitioned.toDataFile());
            unpartitioned = null;
        }
        for (DataWriter<T> writer : open.values()) {
            writer.close();
            written.add(writer.toDataFile());
        }
        open.clear();
    }

    /** A fresh record of the table's schema. */
    public GenericRecord newRecord() {
        return GenericRecord.create(table.schema());
    }
}
