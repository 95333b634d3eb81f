package io.icebench.catalog.generate;

import io.trino.tpch.TpchEntity;
import io.trino.tpch.TpchTable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.iceberg.DataFile;
import org.apache.iceberg.PartitionKey;
import org.apache.iceberg.Table;
import org.apache.iceberg.io.DataWriter;

/**
 * Writes io.trino.tpch rows into a table's Parquet data files through {@link TpchParquetWriter}, one open file
 * per partition the rows fall into. Not thread-safe: one instance per writing thread.
 */
final class TpchFiles<E extends TpchEntity> implements AutoCloseable {

    private final Table table;
    private final TpchTable<E> tpch;
    private final WrittenFiles ledger;
    private final PartitionKey key;
    private final TpchPartitionSource<E> source;
    private final Map<PartitionKey, DataWriter<E>> open = new HashMap<>();
    private DataWriter<E> unpartitioned;
    private final List<DataFile> written = new ArrayList<>();

    TpchFiles(Table table, TpchTable<E> tpch, WrittenFiles ledger) {
        this.table = table;
        this.tpch = tpch;
        this.ledger = ledger;
        this.key = new PartitionKey(table.spec(), table.schema());
        this.source = new TpchPartitionSource<>(tpch.getColumns());
    }

    void write(E row) {
        if (table.spec().isUnpartitioned()) {
            if (unpartitioned == null) {
                unpartitioned = newWriter(null);
            }
            unpartitioned.write(row);
            return;
        }
        key.partition(source.wrap(row));
        DataWriter<E> writer = open.get(key);
        if (writer == null) {
            PartitionKey copy = key.copy();
            writer = newWriter(copy);
            open.put(copy, writer);
        }
        writer.write(row);
    }

    private DataWriter<E> newWriter(PartitionKey partition) {
        return PartitionedFiles.open(table, partition, ledger, (schema, type) -> new TpchParquetWriter<>(tpch, type));
    }

    /** Closes every open file; the data files written. */
    List<DataFile> finish() throws IOException {
        close();
        return List.copyOf(written);
    }

    @Override
    public void close() throws IOException {
        if (unpartitioned != null) {
            open.put(key.copy(), unpartitioned);
            unpartitioned = null;
        }
        for (DataWriter<E> writer : open.values()) {
            writer.close();
            written.add(writer.toDataFile());
        }
        open.clear();
    }
}
