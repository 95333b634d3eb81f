package io.icebench.catalog.mutate;

import io.icebench.catalog.generate.TpchRows;
import io.icebench.catalog.generate.tpch.DbgenTextPool;
import io.icebench.catalog.generate.tpch.TpchRow;
import io.icebench.catalog.generate.tpch.TpchRowSource;
import io.trino.tpch.TpchTable;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.iceberg.Schema;
import org.apache.iceberg.data.GenericRecord;
import org.apache.iceberg.data.Record;

/**
 * The rows of the TPC-H refresh functions, deterministic for a scale and a refresh number: each pair
 * touches {@code SF × 1500} orders (the specification's 0.1%). RF1 inserts new orders with their line
 * items: copies of orders from the second half of the generated data, under fresh keys above every
 * generated one. RF2 deletes original orders and their line items, a block of keys per refresh taken from
 * the start of the data, so that no two refreshes delete the same rows.
 */
final class TpchRefreshData {

    /** Added to a copied order's key per refresh: far above the largest generated key at any scale. */
    static final long KEY_STRIDE = 100_000_000_000L;

    private final double scale;
    private final int orders;

    TpchRefreshData(double scale) {
        this.scale = scale;
        this.orders = (int) Math.max(1, Math.round(scale * 1500));
    }

    int ordersPerRefresh() {
        return orders;
    }

    /** RF2's keys for refresh {@code n} (1-based). */
    Set<Long> deletedKeys(int n) {
        return orderKeys(1, 1, (long) (n - 1) * orders);
    }

    /** RF1's new orders for refresh {@code n}: a block of the second half of the data, under shifted keys. */
    List<Record> newOrders(int n, Schema schema) {
        List<Record> rows = new ArrayList<>();
        orderBlock(2, 2, (long) (n - 1) * orders, row -> rows.add(shifted(TpchTable.ORDERS, row, schema, n)));
        return rows;
    }

    /** RF1's new line items for refresh {@code n}: those of the orders {@link #newOrders} copies. */
    List<Record> newLineItems(int n, Schema schema) {
        Set<Long> copied = orderKeys(2, 2, (long) (n - 1) * orders);
        long last = copied.stream().mapToLong(Long::longValue).max().orElse(0);
        TpchRowSource source = open(TpchTable.LINE_ITEM, 2, 2);
        TpchRow row = new TpchRow(TpchTable.LINE_ITEM.getColumns().size());
        List<Record> rows = new ArrayList<>();
        while (source.next(row) && row.number(0) <= last) {
            if (copied.contains(row.number(0))) {
                rows.add(shifted(TpchTable.LINE_ITEM, row, schema, n));
            }
        }
        return rows;
    }

    /** The keys of a block of orders of part {@code part} of {@code parts}, after the first {@code skipped}. */
    private Set<Long> orderKeys(int part, int parts, long skipped) {
        Set<Long> keys = new LinkedHashSet<>();
        orderBlock(part, parts, skipped, row -> keys.add(row.number(0)));
        return keys;
    }

    /**
     * Hands {@code each} the orders of one refresh's block (fewer at the part's end) of part {@code part} of
     * {@code parts}, after its first {@code skipped}.
     */
    private void orderBlock(int part, int parts, long skipped, Consumer<TpchRow> each) {
        TpchRowSource source = open(TpchTable.ORDERS, part, parts);
        TpchRow row = new TpchRow(TpchTable.ORDERS.getColumns().size());
        skip(source, row, skipped);
        for (int i = 0; i < orders && source.next(row); i++) {
            each.accept(row);
        }
    }

    private TpchRowSource open(TpchTable<?> table, int part, int parts) {
        return TpchRowSource.open(table.getTableName(), scale, part, parts, DbgenTextPool.standard());
    }

    private static Record shifted(TpchTable<?> table, TpchRow row, Schema schema, int n) {
        GenericRecord record = GenericRecord.create(schema);
        TpchRows.fill(table, row, record);
        record.set(0, (Long) record.get(0) + KEY_STRIDE * n);
        return record;
    }

    private static void skip(TpchRowSource source, TpchRow row, long count) {
        for (long i = 0; i < count; i++) {
            if (!source.next(row)) {
                return;
            }
        }
    }
}
