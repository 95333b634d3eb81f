package io.icebench.catalog.generate.tpch;

/**
 * A table with one row per key (orders, part, customer, supplier): its random streams, skipped to the part's first
 * row before the first one is made, and moved on after each row.
 */
abstract class OneRowPerKey implements TpchRowSource {

    final RandomStreams streams = new RandomStreams();
    private final RowRange range;
    private boolean skipped;
    private long index;

    OneRowPerKey(int rowsAtSf1, double scale, int part, int parts) {
        range = RowRange.of(rowsAtSf1, scale, part, parts);
    }

    @Override
    public final boolean next(TpchRow row) {
        if (!skipped) {
            streams.skipRows(range.first());
            skipped = true;
        }
        if (index >= range.count()) {
            return false;
        }
        fill(range.key(index), row);
        streams.rowFinished();
        index++;
        return true;
    }

    /** Makes the row of {@code key} (from 1) from the streams' values for it. */
    abstract void fill(long key, TpchRow row);
}
