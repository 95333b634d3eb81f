package io.icebench.catalog.generate.tpch;

import io.trino.tpch.AbstractRandomInt;
import io.trino.tpch.RandomBoundedLong;
import java.util.ArrayList;
import java.util.List;

/**
 * The random streams of one table, each drawing a fixed number of values per row: skipped together to a part's
 * first row, and moved together to the next row's values, so that every row is the same whatever the parts.
 */
final class RandomStreams {

    private final List<AbstractRandomInt> ints = new ArrayList<>();
    private final List<RandomBoundedLong> longs = new ArrayList<>();

    <T extends AbstractRandomInt> T add(T stream) {
        ints.add(stream);
        return stream;
    }

    RandomBoundedLong add(RandomBoundedLong stream) {
        longs.add(stream);
        return stream;
    }

    void skipRows(long rows) {
        ints.forEach(stream -> stream.advanceRows(rows));
        longs.forEach(stream -> stream.advanceRows(rows));
    }

    void rowFinished() {
        for (AbstractRandomInt stream : ints) {
            stream.rowFinished();
        }
        for (RandomBoundedLong stream : longs) {
            stream.rowFinished();
        }
    }
}
