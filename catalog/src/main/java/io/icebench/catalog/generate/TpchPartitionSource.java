package io.icebench.catalog.generate;

import io.icebench.catalog.generate.tpch.TpchRow;
import io.trino.tpch.TpchColumn;
import java.math.BigDecimal;
import java.util.List;
import org.apache.iceberg.StructLike;

/**
 * A generated TPC-H row seen as an Iceberg struct of internal values (dates as days, money as DECIMAL(15,2)),
 * read only for the columns a partition spec asks for.
 */
final class TpchPartitionSource implements StructLike {

    private final List<? extends TpchColumn<?>> columns;
    private TpchRow row;

    TpchPartitionSource(List<? extends TpchColumn<?>> columns) {
        this.columns = columns;
    }

    TpchPartitionSource wrap(TpchRow newRow) {
        this.row = newRow;
        return this;
    }

    @Override
    public int size() {
        return columns.size();
    }

    @Override
    public <T> T get(int pos, Class<T> javaClass) {
        Object value = switch (columns.get(pos).getType().getBase()) {
            case IDENTIFIER -> row.number(pos);
            case INTEGER, DATE -> (int) row.number(pos);
            case DOUBLE -> BigDecimal.valueOf(row.number(pos), 2);
            case VARCHAR -> row.string(pos);
        };
        return javaClass.cast(value);
    }

    @Override
    public <T> void set(int pos, T value) {
        throw new UnsupportedOperationException("a generated row is read only");
    }
}
