package io.icebench.catalog.generate.tpch;

import io.trino.tpch.RandomBoundedInt;
import io.trino.tpch.RandomBoundedLong;

/**
 * The random streams of an order's lines that both lineitem and orders draw (orders sums the lines' prices and
 * counts the lines shipped), and the two that make an order's date and its number of lines.
 */
final class OrderLines {

    final RandomBoundedInt orderDate;
    final RandomBoundedInt lineCount;
    final RandomBoundedInt quantity;
    final RandomBoundedInt discount;
    final RandomBoundedInt tax;
    final RandomBoundedLong partKey;
    final RandomBoundedInt shipDays;

    OrderLines(RandomStreams streams, double scale) {
        int lines = Dbgen.MOST_LINES_PER_ORDER;
        orderDate = streams.add(new RandomBoundedInt(1066728069, Dbgen.FIRST_ORDER_DATE, Dbgen.LAST_ORDER_DATE));
        lineCount = streams.add(new RandomBoundedInt(1434868289, 1, lines));
        quantity = streams.add(new RandomBoundedInt(209208115, 1, 50, lines));
        discount = streams.add(new RandomBoundedInt(554590007, 0, 10, lines));
        tax = streams.add(new RandomBoundedInt(721958466, 0, 8, lines));
        partKey = streams.add(
                new RandomBoundedLong(1808217256, scale >= 30_000, 1, (long) (Dbgen.PARTS_AT_SF1 * scale), lines));
        shipDays = streams.add(new RandomBoundedInt(1769349045, 1, Dbgen.LATEST_SHIP_DAYS, lines));
    }
}
