package io.icebench.catalog.generate.tpch;

import io.trino.tpch.Distributions;
import io.trino.tpch.RandomBoundedInt;
import io.trino.tpch.RandomString;

/** lineitem: the lines of a part's orders, one order's random values per row of the streams. */
final class LineItemRows implements TpchRowSource {

    private static final byte[] NOT_RETURNED = TpchRow.ascii("N");
    private static final byte[] SHIPPED = TpchRow.ascii("F");
    private static final byte[] OPEN = TpchRow.ascii("O");

    private final RandomStreams streams = new RandomStreams();
    private final OrderLines order;
    private final RandomBoundedInt supplierNumber;
    private final RandomBoundedInt commitDays;
    private final RandomBoundedInt receiptDays;
    private final RandomString returnFlag;
    private final RandomString shipInstructions;
    private final RandomString shipMode;
    private final PoolText comment;
    private final double scale;
    private final RowRange orders;
    private long orderIndex;
    private int orderDate;
    private int lineCount;
    private int lineNumber;

    LineItemRows(double scale, int part, int parts, Distributions words, DbgenTextPool pool) {
        int lines = Dbgen.MOST_LINES_PER_ORDER;
        this.scale = scale;
        order = new OrderLines(streams, scale);
        supplierNumber = streams.add(new RandomBoundedInt(2095021727, 0, 3, lines));
        commitDays = streams.add(new RandomBoundedInt(904914315, 30, 90, lines));
        receiptDays = streams.add(new RandomBoundedInt(373135028, 1, Dbgen.LATEST_RECEIPT_DAYS, lines));
        returnFlag = streams.add(new RandomString(717419739, words.getReturnFlags(), lines));
        shipInstructions = streams.add(new RandomString(1371272478, words.getShipInstructions(), lines));
        shipMode = streams.add(new RandomString(675466456, words.getShipModes(), lines));
        comment = streams.add(new PoolText(1095462486, pool, 27, lines));
        orders = RowRange.of(Dbgen.ORDERS_AT_SF1, scale, part, parts);
        streams.skipRows(orders.first());
        startOrder();
    }

    @Override
    public boolean next(TpchRow row) {
        if (orderIndex >= orders.count()) {
            return false;
        }
        line(orders.key(orderIndex), row);
        lineNumber++;
        if (lineNumber > lineCount) {
            streams.rowFinished();
            orderIndex++;
            startOrder();
        }
        return true;
    }

    private void startOrder() {
        lineCount = order.lineCount.nextValue() - 1;
        orderDate = order.orderDate.nextValue();
        lineNumber = 0;
    }

    private void line(long orderNumber, TpchRow row) {
        int quantity = order.quantity.nextValue();
        long partKey = order.partKey.nextValue();
        int shipDate = orderDate + order.shipDays.nextValue();
        int receiptDate = shipDate + receiptDays.nextValue();
        row.number(0, Dbgen.orderKey(orderNumber));
        row.number(1, partKey);
        row.number(2, Dbgen.partSupplier(partKey, supplierNumber.nextValue(), scale));
        row.number(3, lineNumber + 1);
        row.number(4, quantity * 100L);
        row.number(5, Dbgen.partPrice(partKey) * quantity);
        row.number(6, order.discount.nextValue());
        row.number(7, order.tax.nextValue());
        if (Dbgen.isInPast(receiptDate)) {
            row.text(8, returnFlag.nextValue());
        } else {
            row.text(8, NOT_RETURNED);
        }
        row.text(9, Dbgen.isInPast(shipDate) ? SHIPPED : OPEN);
        row.number(10, Dbgen.epochDay(shipDate));
        row.number(11, Dbgen.epochDay(orderDate + commitDays.nextValue()));
        row.number(12, Dbgen.epochDay(receiptDate));
        row.text(13, shipInstructions.nextValue());
        row.text(14, shipMode.nextValue());
        comment.next(row, 15);
    }
}
