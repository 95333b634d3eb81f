package io.icebench.catalog.generate.tpch;

import io.trino.tpch.Distributions;
import io.trino.tpch.RandomAlphaNumeric;
import io.trino.tpch.RandomBoundedInt;
import io.trino.tpch.RandomInt;
import io.trino.tpch.RandomPhoneNumber;

/**
 * supplier: like customer, and about ten in 10,000 comments carry "Customer ... Complaints" or "Customer ...
 * Recommends" written over the pool's text (what TPC-H Q16 looks for).
 */
final class SupplierRows implements TpchRowSource {

    private static final byte[] NAME = TpchRow.ascii("Supplier#");
    private static final byte[] CUSTOMER = TpchRow.ascii("Customer ");
    private static final byte[] COMPLAINTS = TpchRow.ascii("Complaints");
    private static final byte[] RECOMMENDS = TpchRow.ascii("Recommends");
    private static final int MARKED = CUSTOMER.length + COMPLAINTS.length;

    private final RandomStreams streams = new RandomStreams();
    private final RandomAlphaNumeric address;
    private final RandomBoundedInt nation;
    private final RandomPhoneNumber phone;
    private final RandomBoundedInt balance;
    private final PoolText comment;
    private final RandomBoundedInt marked;
    private final RandomInt gap;
    private final RandomInt position;
    private final RandomBoundedInt complaint;
    private final RowRange range;
    private long index;

    SupplierRows(double scale, int part, int parts, Distributions words, DbgenTextPool pool) {
        address = streams.add(new RandomAlphaNumeric(706178559, 25));
        nation = streams.add(
                new RandomBoundedInt(110356601, 0, words.getNations().size() - 1));
        phone = streams.add(new RandomPhoneNumber(884434366));
        balance = streams.add(new RandomBoundedInt(962338209, -99_999, 999_999));
        comment = streams.add(new PoolText(1341315363, pool, 63));
        marked = streams.add(new RandomBoundedInt(202794285, 1, Dbgen.SUPPLIERS_AT_SF1));
        gap = streams.add(new RandomInt(263032577, 1));
        position = streams.add(new RandomInt(715851524, 1));
        complaint = streams.add(new RandomBoundedInt(753643799, 0, 100));
        range = RowRange.of(Dbgen.SUPPLIERS_AT_SF1, scale, part, parts);
        streams.skipRows(range.first());
    }

    @Override
    public boolean next(TpchRow row) {
        if (index >= range.count()) {
            return false;
        }
        long key = range.key(index);
        comment.next(row, 6);
        if (marked.nextValue() <= 10) {
            mark(row, 6);
        }
        long nationKey = nation.nextValue();
        row.number(0, key);
        row.paddedText(1, NAME, key, 9);
        row.text(2, address.nextValue());
        row.number(3, nationKey);
        row.text(4, phone.nextValue(nationKey));
        row.number(5, balance.nextValue());
        streams.rowFinished();
        index++;
        return true;
    }

    private void mark(TpchRow row, int column) {
        int length = row.textLength(column);
        byte[] text = row.buffer(column, length);
        System.arraycopy(row.textBytes(column), row.textStart(column), text, 0, length);
        int noise = gap.nextInt(0, length - MARKED);
        int at = position.nextInt(0, length - (MARKED + noise));
        byte[] verdict = complaint.nextValue() < 50 ? COMPLAINTS : RECOMMENDS;
        System.arraycopy(CUSTOMER, 0, text, at, CUSTOMER.length);
        System.arraycopy(verdict, 0, text, at + CUSTOMER.length + noise, verdict.length);
        row.text(column, text, 0, length);
    }
}
