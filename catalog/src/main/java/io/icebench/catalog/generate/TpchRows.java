package io.icebench.catalog.generate;

import io.trino.tpch.TpchColumn;
import io.trino.tpch.TpchEntity;
import io.trino.tpch.TpchTable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import org.apache.iceberg.data.GenericRecord;

/** A generated TPC-H row as an Iceberg record: money as DECIMAL(15,2), dates as dates, keys as longs. */
public final class TpchRows {

    private TpchRows() {}

    public static <E extends TpchEntity> void fill(TpchTable<E> table, E row, GenericRecord record) {
        List<TpchColumn<E>> columns = table.getColumns();
        for (int i = 0; i < columns.size(); i++) {
            record.set(i, value(columns.get(i), row));
        }
    }

    private static <E extends TpchEntity> Object value(TpchColumn<E> column, E row) {
        return switch (column.getType().getBase()) {
            case IDENTIFIER -> column.getIdentifier(row);
            case INTEGER -> column.getInteger(row);
            case DATE -> LocalDate.ofEpochDay(column.getDate(row));
            case DOUBLE -> BigDecimal.valueOf(column.getDouble(row)).setScale(2, RoundingMode.HALF_UP);
            case VARCHAR -> column.getString(row);
        };
    }
}
