package io.icebench.catalog.generate.tpch;

import io.trino.tpch.GenerateUtils;

/**
 * The rows (or, for lineitem and partsupp, the orders and parts) of one part of a table: {@code count} of them from
 * the 0-based {@code first}; the last part also takes the remainder.
 */
record RowRange(long first, long count) {

    static RowRange of(int rowsAtSf1, double scale, int part, int parts) {
        return new RowRange(
                GenerateUtils.calculateStartIndex(rowsAtSf1, scale, part, parts),
                GenerateUtils.calculateRowCount(rowsAtSf1, scale, part, parts));
    }

    /** The key (from 1) of the range's {@code index}th row. */
    long key(long index) {
        return first + index + 1;
    }
}
