package io.icebench.catalog.mutate;

import static org.assertj.core.api.Assertions.assertThat;

import io.icebench.catalog.generate.OracleRecords;
import io.icebench.catalog.generate.TpchGenerator;
import io.trino.tpch.LineItem;
import io.trino.tpch.LineItemGenerator;
import io.trino.tpch.Order;
import io.trino.tpch.OrderGenerator;
import io.trino.tpch.TpchEntity;
import io.trino.tpch.TpchTable;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.iceberg.Schema;
import org.apache.iceberg.data.GenericRecord;
import org.apache.iceberg.data.Record;
import org.junit.jupiter.api.Test;

/**
 * The refresh rows, checked against io.trino.tpch's rows (the oracle): RF2 deletes consecutive blocks of the
 * first orders, RF1 copies a block of the second half's orders and their line items under shifted keys.
 */
class TpchRefreshDataTest {

    private static final double SCALE = 0.01;
    private final TpchRefreshData refresh = new TpchRefreshData(SCALE);

    @Test
    void eachRefreshDeletesTheNextBlockOfTheFirstOrders() {
        List<Order> orders = new ArrayList<>();
        new OrderGenerator(SCALE, 1, 1).forEach(orders::add);
        Set<Long> second = new LinkedHashSet<>();
        orders.subList(15, 30).forEach(order -> second.add(order.getOrderKey()));
        assertThat(refresh.ordersPerRefresh()).isEqualTo(15);
        assertThat(refresh.deletedKeys(2)).containsExactlyElementsOf(second);
    }

    @Test
    void newOrdersAndLinesAreTheSecondHalfsShiftedByTheRefreshNumber() {
        List<Order> copied = new ArrayList<>();
        for (Order order : new OrderGenerator(SCALE, 2, 2)) {
            if (copied.size() == 30) {
                break;
            }
            copied.add(order);
        }
        List<Order> third = copied.subList(15, 30);
        assertThat(refresh.newOrders(2, schema(TpchTable.ORDERS)))
                .containsExactlyElementsOf(shifted(TpchTable.ORDERS, third, 2));
        Set<Long> keys = new LinkedHashSet<>();
        third.forEach(order -> keys.add(order.getOrderKey()));
        List<LineItem> lines = new ArrayList<>();
        for (LineItem line : new LineItemGenerator(SCALE, 2, 2)) {
            if (keys.contains(line.getOrderKey())) {
                lines.add(line);
            }
        }
        assertThat(lines).hasSizeGreaterThan(15);
        assertThat(refresh.newLineItems(2, schema(TpchTable.LINE_ITEM)))
                .containsExactlyElementsOf(shifted(TpchTable.LINE_ITEM, lines, 2));
    }

    private static Schema schema(TpchTable<?> table) {
        return TpchGenerator.schema(table);
    }

    private static <E extends TpchEntity> List<Record> shifted(TpchTable<E> table, List<E> rows, int n) {
        List<Record> records = new ArrayList<>();
        for (E row : rows) {
            GenericRecord record = GenericRecord.create(schema(table));
            OracleRecords.fill(table, row, record);
            record.set(0, (Long) record.get(0) + TpchRefreshData.KEY_STRIDE * n);
            records.add(record);
        }
        return records;
    }
}
