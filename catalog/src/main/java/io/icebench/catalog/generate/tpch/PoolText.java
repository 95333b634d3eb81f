package io.icebench.catalog.generate.tpch;

import io.trino.tpch.AbstractRandomInt;

/**
 * A comment column: a slice of the text pool whose start and length come from the column's own random stream
 * (two draws per value), its length between 0.4 and 1.6 times the column's average.
 */
final class PoolText extends AbstractRandomInt {

    private final DbgenTextPool pool;
    private final int shortest;
    private final int longest;

    PoolText(long seed, DbgenTextPool pool, double averageLength, int valuesPerRow) {
        super(seed, 2 * valuesPerRow);
        this.pool = pool;
        this.shortest = (int) (averageLength * 0.4);
        this.longest = (int) (averageLength * 1.6);
    }

    PoolText(long seed, DbgenTextPool pool, double averageLength) {
        this(seed, pool, averageLength, 1);
    }

    void next(TpchRow row, int column) {
        int start = nextInt(0, pool.size() - longest);
        int length = nextInt(shortest, longest);
        row.text(column, pool.bytes(), start, length);
    }
}
