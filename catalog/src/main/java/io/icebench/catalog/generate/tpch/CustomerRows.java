package io.icebench.catalog.generate.tpch;

import io.trino.tpch.Distributions;
import io.trino.tpch.RandomAlphaNumeric;
import io.trino.tpch.RandomBoundedInt;
import io.trino.tpch.RandomPhoneNumber;
import io.trino.tpch.RandomString;

/** customer: name from the key, random address, nation, phone (its country code from the nation), balance. */
final class CustomerRows implements TpchRowSource {

    private static final byte[] NAME = TpchRow.ascii("Customer#");

    private final RandomStreams streams = new RandomStreams();
    private final RandomAlphaNumeric address;
    private final RandomBoundedInt nation;
    private final RandomPhoneNumber phone;
    private final RandomBoundedInt balance;
    private final RandomString segment;
    private final PoolText comment;
    private final RowRange range;
    private long index;

    CustomerRows(double scale, int part, int parts, Distributions words, DbgenTextPool pool) {
        address = streams.add(new RandomAlphaNumeric(881155353, 25));
        nation = streams.add(
                new RandomBoundedInt(1489529863, 0, words.getNations().size() - 1));
        phone = streams.add(new RandomPhoneNumber(1521138112));
        balance = streams.add(new RandomBoundedInt(298370230, -99_999, 999_999));
        segment = streams.add(new RandomString(1140279430, words.getMarketSegments()));
        comment = streams.add(new PoolText(1335826707, pool, 73));
        range = RowRange.of(Dbgen.CUSTOMERS_AT_SF1, scale, part, parts);
        streams.skipRows(range.first());
    }

    @Override
    public boolean next(TpchRow row) {
        if (index >= range.count()) {
            return false;
        }
        long key = range.key(index);
        long nationKey = nation.nextValue();
        row.number(0, key);
        row.paddedText(1, NAME, key, 9);
        row.text(2, address.nextValue());
        row.number(3, nationKey);
        row.text(4, phone.nextValue(nationKey));
        row.number(5, balance.nextValue());
        row.text(6, segment.nextValue());
        comment.next(row, 7);
        streams.rowFinished();
        index++;
        return true;
    }
}
