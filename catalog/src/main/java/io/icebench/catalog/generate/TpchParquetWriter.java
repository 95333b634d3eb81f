package io.icebench.catalog.generate;

import io.trino.tpch.TpchColumn;
import io.trino.tpch.TpchEntity;
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
 * Writes io.trino.tpch rows straight into Parquet columns, without an Iceberg record between: keys as INT64,
 * dates as INT32 days, money as the INT64 unscaled value of DECIMAL(15,2) (cents), text as bytes. The values
 * are those of {@link TpchRows}; the file's metrics come from the Parquet footer as for any Iceberg writer.
 */
final class TpchParquetWriter<E extends TpchEntity> implements ParquetValueWriter<E> {

    private final List<PrimitiveWriter<E>> columns = new ArrayList<>();

    TpchParquetWriter(TpchTable<E> table, MessageType type) {
        List<TpchColumn<E>> tpchColumns = table.getColumns();
        List<ColumnDescriptor> descriptors = type.getColumns();
        for (int i = 0; i < tpchColumns.size(); i++) {
            columns.add(column(tpchColumns.get(i), descriptors.get(i)));
        }
    }

    @Override
    public void write(int repetitionLevel, E row) {
        for (PrimitiveWriter<E> column : columns) {
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

    /**
     * The UTF-8 bytes of TPC-H text, which is ASCII (dbgen's word lists, digits and punctuation), copied into
     * {@code into} without an array per value; Parquet copies a reused value it keeps (dictionary, min, max).
     */
    @SuppressWarnings("deprecation")
    static void asciiBytes(String text, byte[] into) {
        text.getBytes(0, text.length(), into, 0);
    }

    /** Cents of a TPC-H money value (a double that is an exact number of cents, as dbgen makes it). */
    static long cents(double value) {
        return Math.round(value * 100);
    }

    private static <E extends TpchEntity> PrimitiveWriter<E> column(TpchColumn<E> tpch, ColumnDescriptor desc) {
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
        return switch (tpch.getType().getBase()) {
            case IDENTIFIER ->
                new PrimitiveWriter<>(desc) {
                    @Override
                    public void write(int repetitionLevel, E row) {
                        column.writeLong(repetitionLevel, tpch.getIdentifier(row));
                    }
                };
            case DOUBLE ->
                new PrimitiveWriter<>(desc) {
                    @Override
                    public void write(int repetitionLevel, E row) {
                        column.writeLong(repetitionLevel, cents(tpch.getDouble(row)));
                    }
                };
            case INTEGER ->
                new PrimitiveWriter<>(desc) {
                    @Override
                    public void write(int repetitionLevel, E row) {
                        column.writeInteger(repetitionLevel, tpch.getInteger(row));
                    }
                };
            case DATE ->
                new PrimitiveWriter<>(desc) {
                    @Override
                    public void write(int repetitionLevel, E row) {
                        column.writeInteger(repetitionLevel, tpch.getDate(row));
                    }
                };
            case VARCHAR ->
                new PrimitiveWriter<>(desc) {
                    private byte[] buffer = new byte[64];

                    @Override
                    public void write(int repetitionLevel, E row) {
                        String text = tpch.getString(row);
                        int length = text.length();
                        if (length > buffer.length) {
                            buffer = new byte[Math.max(length, 2 * buffer.length)];
                        }
                        asciiBytes(text, buffer);
                        column.writeBinary(repetitionLevel, Binary.fromReusedByteArray(buffer, 0, length));
                    }
                };
        };
    }
}
