package io.icebench.catalog.generate.tpch;

import io.trino.tpch.Distributions;
import io.trino.tpch.RandomBoundedInt;
import io.trino.tpch.RandomInt;

/**
 * supplier: the account columns and a comment; about ten in 10,000 comments carry "Customer ... Complaints" or "Customer ...
 * Recommends" written over the pool's text (what TPC-H Q16 looks for).
 */
final class SupplierRows extends OneRowPerKey {

    private static final byte[] CUSTOMER = TpchRow.ascii("Customer ");
    private static final byte[] COMPLAINTS = TpchRow.ascii("Complaints");
    private static final byte[] RECOMMENDS = TpchRow.ascii("Recommends");
    private static final int MARKED = CUSTOMER.length + COMPLAINTS.length;

    private final AccountColumns account;
    private final PoolText comment;
    private final RandomBoundedInt marked;
    private final RandomInt gap;
    private final RandomInt position;
    private final RandomBoundedInt complaint;

    SupplierRows(double scale, int part, int parts, Distributions words, DbgenTextPool pool) {
        super(Dbgen.SUPPLIERS_AT_SF1, scale, part, parts);
        account = new AccountColumns(
                "Supplier#", new AccountColumns.Seeds(706178559, 110356601, 884434366, 962338209), streams, words);
        comment = streams.add(new PoolText(1341315363, pool, 63));
        marked = streams.add(new RandomBoundedInt(202794285, 1, Dbgen.SUPPLIERS_AT_SF1));
        gap = streams.add(new RandomInt(263032577, 1));
        position = streams.add(new RandomInt(715851524, 1));
        complaint = streams.add(new RandomBoundedInt(753643799, 0, 100));
    }

    @Override
    void fill(long key, TpchRow row) {
        account.fill(key, row);
        comment.next(row, 6);
        if (marked.nextValue() <= 10) {
            mark(row, 6);
        }
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
