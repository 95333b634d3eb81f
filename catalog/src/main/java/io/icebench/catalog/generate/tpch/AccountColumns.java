package io.icebench.catalog.generate.tpch;

import io.trino.tpch.Distributions;
import io.trino.tpch.RandomAlphaNumeric;
import io.trino.tpch.RandomBoundedInt;
import io.trino.tpch.RandomPhoneNumber;

/**
 * The first six columns customer and supplier share, each table with its own seeds: key, name from the key, random
 * address, nation, phone (its country code from the nation) and account balance.
 */
final class AccountColumns {

    /** The seeds of one table's address, nation, phone and balance streams. */
    record Seeds(long address, long nation, long phone, long balance) {}

    private final byte[] name;
    private final RandomAlphaNumeric address;
    private final RandomBoundedInt nation;
    private final RandomPhoneNumber phone;
    private final RandomBoundedInt balance;

    AccountColumns(String name, Seeds seeds, RandomStreams streams, Distributions words) {
        this.name = TpchRow.ascii(name);
        address = streams.add(new RandomAlphaNumeric(seeds.address(), 25));
        nation = streams.add(
                new RandomBoundedInt(seeds.nation(), 0, words.getNations().size() - 1));
        phone = streams.add(new RandomPhoneNumber(seeds.phone()));
        balance = streams.add(new RandomBoundedInt(seeds.balance(), -99_999, 999_999));
    }

    void fill(long key, TpchRow row) {
        long nationKey = nation.nextValue();
        row.number(0, key);
        row.paddedText(1, name, key, 9);
        row.text(2, address.nextValue());
        row.number(3, nationKey);
        row.text(4, phone.nextValue(nationKey));
        row.number(5, balance.nextValue());
    }
}
