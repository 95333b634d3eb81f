package io.icebench.catalog.mutate;

import io.icebench.catalog.generate.TpchRows;
import io.trino.tpch.LineItem;
import io.trino.tpch.LineItemGenerator;
import io.trino.tpch.Order;
import io.trino.tpch.OrderGenerator;
import io.trino.tpch.TpchTable;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
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
        Set<Long> keys = new LinkedHashSet<>();
        Iterator<Order> all = new OrderGenerator(scale, 1, 1).iterator();
        for (long skip = (long) (n - 1) * orders; skip > 0 && all.hasNext(); skip--) {
            all.next();
        }
        while (keys.size() < orders && all.hasNext()) {
            keys.add(all.next().getOrderKey());
        }
        return keys;
    }

    /** RF1's new orders for refresh {@code n}. */
    List<Record> newOrders(int n, Schema schema) {
        return copiedOrders(n).stream()
                .map(order -> shifted(TpchTable.ORDERS, order, schema, n))
                .toList();
    }

    /** The generated orders RF1 of refresh {@code n} copies: a block of the second half of the data. */
    private List<Order> copiedOrders(int n) {
        List<Order> copied = new ArrayList<>();
        Iterator<Order> source = new OrderGenerator(scale, 2, 2).iterator();
        skip(source, (long) (n - 1) * orders);
        for (int i = 0; i < orders && source.hasNext(); i++) {
            copied.add(source.next());
        }
        return copied;
    }

    /** RF1's new line items for refresh {@code n}: those of the orders {@link #newOrders} copies. */
    List<Record> newLineItems(int n, Schema schema) {
        Set<Long> copied = new LinkedHashSet<>();
        copiedOrders(n).forEach(order -> copied.add(order.getOrderKey()));
        long last = copied.stream().mapToLong(Long::longValue).max().orElse(0);
        List<Record> rows = new ArrayList<>();
        for (LineItem item : new LineItemGenerator(scale, 2, 2)) {
            if (item.getOrderKey() > last) {
                break;
            }
            if (copied.contains(item.getOrderKey())) {
                rows.add(shifted(TpchTable.LINE_ITEM, item, schema, n));
            }
        }
        return rows;
    }

    private static <E extends io.trino.tpch.TpchEntity> Record shifted(
            TpchTable<E> table, E row, Schema schema, int n) {
        GenericRecord record = GenericRecord.create(schema);
        TpchRows.fill(table, row, record);
        record.set(0, (Long) record.get(0) + KEY_STRIDE * n);
        return record;
    }

    private static void skip(Iterator<?> rows, long count) {
        for (long i = 0; i < count && rows.hasNext(); i++) {
            rows.next();
        }
    }
}
