package io.icebench.catalog.generate;

import io.icebench.catalog.generate.tpch.TpchRow;
import io.trino.tpch.TpchColumn;
import io.trino.tpch.TpchTable;
import java.util.ArrayList;
import java.util.List;
import org.apache.iceberg.parquet.ParquetValueWriter;
import org.apache.iceberg.parquet.ParquetValueWriters.PrimitiveWriter;
import org.apache.iceberg.parquet.TripleWriter;
import org.apache.parquet.column.ColumnDescriptor;
import org.apache.parquet.column.ColumnWriteStore;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;

/**
 * Writes generated TPC-H rows straight into Parquet columns, without an Iceberg record between: keys as INT64,
 * dates as INT32 days, money as the INT64 unscaled value of DECIMAL(15,2) (cents), text as the row's bytes. The
 * file's metrics come from the Parquet footer as for any Iceberg writer.
 */
final class TpchParquetWriter implements ParquetValueWriter<TpchRow> {

    private final List<PrimitiveWriter<TpchRow>> columns = new ArrayList<>();

    TpchParquetWriter(TpchTable<?> table, MessageType type) {
        List<? extends TpchColumn<?>> tpchColumns = table.getColumns();
        List<ColumnDescriptor> descriptors = type.getColumns();
        for (int i = 0; i < tpchColumns.size(); i++) {
            columns.add(column(tpchColumns.get(i), i, descriptors.get(i)));
        }
    }

    @Override
    public void write(int repetitionLevel, TpchRow row) {
        for (PrimitiveWriter<TpchRow> column : columns) {
            column.write(repetitionLevel, row);
        }
    }

    @Override
    public List<TripleWriter<?>> columns() {
        List<TripleWriter<?>> all = new ArrayList<>();
        columns.forEach(column -> all.addAll(column.columns()));
        return all;
    }

    @Override
    public void setColumnStore(ColumnWriteStore store) {
        columns.forEach(column -> column.setColumnStore(store));
    }

    private static PrimitiveWriter<TpchRow> column(TpchColumn<?> tpch, int index, ColumnDescriptor desc) {
        PrimitiveTypeName physical = desc.getPrimitiveType().getPrimitiveTypeName();
        PrimitiveTypeName expected = switch (tpch.getType().getBase()) {
            case IDENTIFIER, DOUBLE -> PrimitiveTypeName.INT64;
            case INTEGER, DATE -> PrimitiveTypeName.INT32;
            case VARCHAR -> PrimitiveTypeName.BINARY;
        };
        if (physical != expected) {
            throw new IllegalStateException(
                    tpch.getColumnName() + " is stored as " + physical + ", expected " + expected);
        }
        return switch (expected) {
            case INT64 ->
                new PrimitiveWriter<>(desc) {
                    @Override
                    public void write(int repetitionLevel, TpchRow row) {
                        column.writeLong(repetitionLevel, row.number(index));
                    }
                };
            case INT32 ->
                new PrimitiveWriter<>(desc) {
                    @Override
                    public void write(int repetitionLevel, TpchRow row) {
                        column.writeInteger(repetitionLevel, (int) row.number(index));
                    }
                };
            default ->
                new PrimitiveWriter<>(desc) {
                    @Override
                    public void write(int repetitionLevel, TpchRow row) {
                        // reused: Parquet copies what it keeps (dictionary, bounds); the row's buffers change
                        column.writeBinary(
                                repetitionLevel,
                                Binary.fromReusedByteArray(
                                        row.textBytes(index), row.textStart(index), row.textLength(index)));
                    }
                };
        };
    }
}
