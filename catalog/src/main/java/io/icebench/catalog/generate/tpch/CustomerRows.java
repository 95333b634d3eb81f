package io.icebench.catalog.generate.tpch;

import io.trino.tpch.Distributions;
import io.trino.tpch.RandomString;

/** customer: the account columns, then a market segment and a comment. */
final class CustomerRows extends OneRowPerKey {

    private final AccountColumns account;
    private final RandomString segment;
    private final PoolText comment;

    CustomerRows(double scale, int part, int parts, Distributions words, DbgenTextPool pool) {
        super(Dbgen.CUSTOMERS_AT_SF1, scale, part, parts);
        account = new AccountColumns(
                "Customer#", new AccountColumns.Seeds(881155353, 1489529863, 1521138112, 298370230), streams, words);
        segment = streams.add(new RandomString(1140279430, words.getMarketSegments()));
        comment = streams.add(new PoolText(1335826707, pool, 73));
    }

    @Override
    void fill(long key, TpchRow row) {
        account.fill(key, row);
        row.text(6, segment.nextValue());
        comment.next(row, 7);
    }
}
