package io.icebench.catalog.generate;

import io.trino.tpch.TpchEntity;
import io.trino.tpch.TpchTable;
import org.apache.iceberg.Table;

/** Files of io.trino.tpch rows, written straight into Parquet columns by {@link TpchParquetWriter}. */
final class TpchFiles {

    private TpchFiles() {}

    static <E extends TpchEntity> PartitionedFiles<E> open(Table table, TpchTable<E> tpch, WrittenFiles ledger) {
        TpchPartitionSource<E> source = new TpchPartitionSource<>(tpch.getColumns());
        return new PartitionedFiles<>(
                table, ledger, source::wrap, (schema, type) -> new TpchParquetWriter<>(tpch, type));
    }
}
