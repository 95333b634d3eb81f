package io.icebench.catalog.generate;

import io.trino.tpch.TpchColumn;
import io.trino.tpch.TpchEntity;
import io.trino.tpch.TpchTable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import org.apache.iceberg.data.GenericRecord;

/** An io.trino.tpch row (the oracle) as the Iceberg record icebench must write for it. */
public final class OracleRecords {

    private OracleRecords() {}

    public static <E extends TpchEntity> void fill(TpchTable<E> table, E row, GenericRecord record) {
        List<TpchColumn<E>> columns = table.getColumns();
        for (int i = 0; i < columns.size(); i++) {
            TpchColumn<E> column = columns.get(i);
            record.set(
                    i,
                    switch (column.getType().getBase()) {
                        case IDENTIFIER -> column.getIdentifier(row);
                        case INTEGER -> column.getInteger(row);
                        case DATE -> LocalDate.ofEpochDay(column.getDate(row));
                        case DOUBLE -> BigDecimal.valueOf(column.getDouble(row)).setScale(2, RoundingMode.HALF_UP);
                        case VARCHAR -> column.getString(row);
                    });
        }
    }
}
