package io.icebench.catalog.generate;

import io.trino.tpch.TpchColumn;
import io.trino.tpch.TpchEntity;
import java.math.BigDecimal;
import java.util.List;
import org.apache.iceberg.StructLike;

/**
 * A TPC-H row seen as an Iceberg struct of internal values (dates as days, money as DECIMAL(15,2)), read only
 * for the columns a partition spec asks for.
 */
final class TpchPartitionSource<E extends TpchEntity> implements StructLike {

    private final List<TpchColumn<E>> columns;
    private E row;

    TpchPartitionSource(List<TpchColumn<E>> columns) {
        this.columns = columns;
    }

    TpchPartitionSource<E> wrap(E newRow) {
        this.row = newRow;
        return this;
    }

    @Override
    public int size() {
        return columns.size();
    }

    @Override
    public <T> T get(int pos, Class<T> javaClass) {
        TpchColumn<E> column = columns.get(pos);
        Object value = switch (column.getType().getBase()) {
            case IDENTIFIER -> column.getIdentifier(row);
            case INTEGER -> column.getInteger(row);
            case DATE -> column.getDate(row);
            case DOUBLE -> BigDecimal.valueOf(TpchParquetWriter.cents(column.getDouble(row)), 2);
            case VARCHAR -> column.getString(row);
        };
        return javaClass.cast(value);
    }

    @Override
    public <T> void set(int pos, T value) {
        throw new UnsupportedOperationException("a generated row is read only");
    }
}
