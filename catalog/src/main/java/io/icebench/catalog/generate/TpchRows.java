package io.icebench.catalog.generate;

import io.icebench.catalog.generate.tpch.TpchRow;
import io.trino.tpch.TpchColumn;
import io.trino.tpch.TpchTable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.apache.iceberg.data.GenericRecord;

/** A generated TPC-H row as an Iceberg record: money as DECIMAL(15,2), dates as dates, keys as longs. */
public final class TpchRows {

    private TpchRows() {}

    public static void fill(TpchTable<?> table, TpchRow row, GenericRecord record) {
        List<? extends TpchColumn<?>> columns = table.getColumns();
        for (int i = 0; i < columns.size(); i++) {
            record.set(
                    i,
                    switch (columns.get(i).getType().getBase()) {
                        case IDENTIFIER -> row.number(i);
                        case INTEGER -> (int) row.number(i);
                        case DATE -> LocalDate.ofEpochDay(row.number(i));
                        case DOUBLE -> BigDecimal.valueOf(row.number(i), 2);
                        case VARCHAR -> row.string(i);
                    });
        }
    }
}
