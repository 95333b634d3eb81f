package io.icebench.catalog.generate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;
import org.apache.iceberg.DataFile;
import org.apache.iceberg.PartitionKey;
import org.apache.iceberg.PartitionSpec;
import org.apache.iceberg.Schema;
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
 * Writes records into a table's Parquet data files, one open file per partition the records fall into
 * (one file for an unpartitioned table). Not thread-safe: one instance per writing thread.
 */
public final class PartitionedFiles implements AutoCloseable {

    private final Table table;
    private final PartitionSpec spec;
    private final PartitionKey key;
    private final InternalRecordWrapper wrapper;
    private final Map<PartitionKey, DataWriter<Record>> open = new HashMap<>();
    private final List<DataFile> written = new ArrayList<>();
    private final WrittenFiles ledger;

    /** {@code ledger} learns every file as it is created, so that an aborted write can remove them. */
    public PartitionedFiles(Table table, WrittenFiles ledger) {
        this.table = table;
        this.spec = table.spec();
        this.key = new PartitionKey(spec, table.schema());
        this.wrapper = new InternalRecordWrapper(table.schema().asStruct());
        this.ledger = ledger;
    }

    public void write(Record record) {
        DataWriter<Record> writer;
        if (spec.isUnpartitioned()) {
            writer = open.computeIfAbsent(key, k -> newWriter(null));
        } else {
            key.partition(wrapper.wrap(record));
            writer = open.get(key);
            if (writer == null) {
                PartitionKey copy = key.copy();
                writer = newWriter(copy);
                open.put(copy, writer);
            }
        }
        writer.write(record);
    }

    private DataWriter<Record> newWriter(PartitionKey partition) {
        return open(table, partition, ledger, GenericParquetWriter::create);
    }

    /** A new Parquet data file of {@code table} in {@code partition} (null: unpartitioned), told to the ledger. */
    static <T> DataWriter<T> open(
            Table table,
            PartitionKey partition,
            WrittenFiles ledger,
            BiFunction<Schema, MessageType, ParquetValueWriter<?>> writerFunc) {
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
        for (DataWriter<Record> writer : open.values()) {
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
