package io.icebench.catalog.generate.tpch;

import io.trino.tpch.Distribution;
import io.trino.tpch.Distributions;

/** nation and region: dbgen's fixed lists (a nation's region is its weight in the list), with pool comments. */
final class ReferenceRows implements TpchRowSource {

    private final Distribution list;
    private final boolean withRegion;
    private final PoolText comment;
    private int index;

    private ReferenceRows(Distribution list, boolean withRegion, PoolText comment) {
        this.list = list;
        this.withRegion = withRegion;
        this.comment = comment;
    }

    static ReferenceRows nations(Distributions words, DbgenTextPool pool) {
        return new ReferenceRows(words.getNations(), true, new PoolText(606179079, pool, 72));
    }

    static ReferenceRows regions(Distributions words, DbgenTextPool pool) {
        return new ReferenceRows(words.getRegions(), false, new PoolText(1500869201, pool, 72));
    }

    @Override
    public boolean next(TpchRow row) {
        if (index >= list.size()) {
            return false;
        }
        int column = 0;
        row.number(column++, index);
        row.text(column++, list.getValue(index));
        if (withRegion) {
            row.number(column++, list.getWeight(index));
        }
        comment.next(row, column);
        comment.rowFinished();
        index++;
        return true;
    }
}
