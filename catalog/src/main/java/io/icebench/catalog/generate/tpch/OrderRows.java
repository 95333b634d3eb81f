package io.icebench.catalog.generate.tpch;

import io.trino.tpch.Distributions;
import io.trino.tpch.RandomBoundedInt;
import io.trino.tpch.RandomBoundedLong;
import io.trino.tpch.RandomString;

/** orders: its total price and status come from its lines, drawn again from the streams lineitem uses. */
final class OrderRows extends OneRowPerKey {

    private static final byte[] CLERK = TpchRow.ascii("Clerk#");
    private static final byte[] ALL_SHIPPED = TpchRow.ascii("F");
    private static final byte[] PARTLY_SHIPPED = TpchRow.ascii("P");
    private static final byte[] OPEN = TpchRow.ascii("O");
    /** dbgen leaves every third customer without orders. */
    private static final int CUSTOMER_MORTALITY = 3;

    private final OrderLines lines;
    private final RandomBoundedLong customerKey;
    private final RandomString priority;
    private final RandomBoundedInt clerk;
    private final PoolText comment;
    private final long customers;

    OrderRows(double scale, int part, int parts, Distributions words, DbgenTextPool pool) {
        super(Dbgen.ORDERS_AT_SF1, scale, part, parts);
        lines = new OrderLines(streams, scale);
        customers = (long) (Dbgen.CUSTOMERS_AT_SF1 * scale);
        customerKey = streams.add(new RandomBoundedLong(851767375, scale >= 30_000, 1, customers));
        priority = streams.add(new RandomString(591449447, words.getOrderPriorities()));
        clerk = streams.add(new RandomBoundedInt(1171034773, 1, Math.max((int) (scale * 1000), 1000)));
        comment = streams.add(new PoolText(276090261, pool, 49));
    }

    @Override
    void fill(long orderNumber, TpchRow row) {
        int orderDate = lines.orderDate.nextValue();
        long totalPrice = 0;
        int shipped = 0;
        int lineCount = lines.lineCount.nextValue();
        for (int line = 0; line < lineCount; line++) {
            int quantity = lines.quantity.nextValue();
            int discount = lines.discount.nextValue();
            int tax = lines.tax.nextValue();
            long price = Dbgen.partPrice(lines.partKey.nextValue()) * quantity;
            totalPrice += price * (100 - discount) / 100 * (100 + tax) / 100;
            if (Dbgen.isInPast(orderDate + lines.shipDays.nextValue())) {
                shipped++;
            }
        }
        row.number(0, Dbgen.orderKey(orderNumber));
        row.number(1, customer());
        if (shipped == lineCount) {
            row.text(2, ALL_SHIPPED);
        } else {
            row.text(2, shipped > 0 ? PARTLY_SHIPPED : OPEN);
        }
        row.number(3, totalPrice);
        row.number(4, Dbgen.epochDay(orderDate));
        row.text(5, priority.nextValue());
        row.paddedText(6, CLERK, clerk.nextValue(), 9);
        row.number(7, 0);
        comment.next(row, 8);
    }

    /** A customer key that is not a multiple of three, moved alternately up and down from the drawn one. */
    private long customer() {
        long key = customerKey.nextValue();
        int step = 1;
        while (key % CUSTOMER_MORTALITY == 0) {
            key = Math.min(key + step, customers);
            step = -step;
        }
        return key;
    }
}
