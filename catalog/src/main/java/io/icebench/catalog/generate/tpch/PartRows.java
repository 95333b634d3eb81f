package io.icebench.catalog.generate.tpch;

import io.trino.tpch.Distributions;
import io.trino.tpch.RandomBoundedInt;
import io.trino.tpch.RandomString;
import io.trino.tpch.RandomStringSequence;

/** part: a name of five distinct colours, manufacturer and brand, type, size, container, price from the key. */
final class PartRows extends OneRowPerKey {

    private static final byte[] MANUFACTURER = TpchRow.ascii("Manufacturer#");
    private static final byte[] BRAND = TpchRow.ascii("Brand#");

    private final RandomStringSequence name;
    private final RandomBoundedInt manufacturer;
    private final RandomBoundedInt brand;
    private final RandomString type;
    private final RandomBoundedInt size;
    private final RandomString container;
    private final PoolText comment;

    PartRows(double scale, int part, int parts, Distributions words, DbgenTextPool pool) {
        super(Dbgen.PARTS_AT_SF1, scale, part, parts);
        name = streams.add(new RandomStringSequence(709314158, 5, words.getPartColors()));
        manufacturer = streams.add(new RandomBoundedInt(1, 1, 5));
        brand = streams.add(new RandomBoundedInt(46831694, 1, 5));
        type = streams.add(new RandomString(1841581359, words.getPartTypes()));
        size = streams.add(new RandomBoundedInt(1193163244, 1, 50));
        container = streams.add(new RandomString(727633698, words.getPartContainers()));
        comment = streams.add(new PoolText(804159733, pool, 14));
    }

    @Override
    void fill(long partKey, TpchRow row) {
        int maker = manufacturer.nextValue();
        row.number(0, partKey);
        row.text(1, name.nextValue());
        row.paddedText(2, MANUFACTURER, maker, 1);
        row.paddedText(3, BRAND, maker * 10L + brand.nextValue(), 1);
        row.text(4, type.nextValue());
        row.number(5, size.nextValue());
        row.text(6, container.nextValue());
        row.number(7, Dbgen.partPrice(partKey));
        comment.next(row, 8);
    }
}
