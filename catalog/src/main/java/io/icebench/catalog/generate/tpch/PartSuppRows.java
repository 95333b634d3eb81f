package io.icebench.catalog.generate.tpch;

import io.trino.tpch.RandomBoundedInt;

/** partsupp: four rows per part, one per supplier of it; one part's random values per row of the streams. */
final class PartSuppRows implements TpchRowSource {

    private final RandomStreams streams = new RandomStreams();
    private final RandomBoundedInt available;
    private final RandomBoundedInt cost;
    private final PoolText comment;
    private final double scale;
    private final RowRange range;
    private long index;
    private int supplier;

    PartSuppRows(double scale, int part, int parts, DbgenTextPool pool) {
        int perPart = Dbgen.SUPPLIERS_PER_PART;
        this.scale = scale;
        available = streams.add(new RandomBoundedInt(1671059989, 1, 9999, perPart));
        cost = streams.add(new RandomBoundedInt(1051288424, 100, 100_000, perPart));
        comment = streams.add(new PoolText(1961692154, pool, 124, perPart));
        range = RowRange.of(Dbgen.PARTS_AT_SF1, scale, part, parts);
        streams.skipRows(range.first());
    }

    @Override
    public boolean next(TpchRow row) {
        if (index >= range.count()) {
            return false;
        }
        long partKey = range.key(index);
        row.number(0, partKey);
        row.number(1, Dbgen.partSupplier(partKey, supplier, scale));
        row.number(2, available.nextValue());
        row.number(3, cost.nextValue());
        comment.next(row, 4);
        if (++supplier == Dbgen.SUPPLIERS_PER_PART) {
            streams.rowFinished();
            supplier = 0;
            index++;
        }
        return true;
    }
}
