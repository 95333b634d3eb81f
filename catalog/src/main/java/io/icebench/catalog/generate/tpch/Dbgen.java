package io.icebench.catalog.generate.tpch;

import io.trino.tpch.GenerateUtils;

/** dbgen's formulas that more than one table uses (TPC-H specification, clause 4.2.3). */
final class Dbgen {

    static final int PARTS_AT_SF1 = 200_000;
    static final int SUPPLIERS_AT_SF1 = 10_000;
    static final int CUSTOMERS_AT_SF1 = 150_000;
    static final int ORDERS_AT_SF1 = 1_500_000;
    static final int SUPPLIERS_PER_PART = 4;
    static final int MOST_LINES_PER_ORDER = 7;
    /** A line ships 1 to 121 days after its order is placed, and is received 1 to 30 days after it ships. */
    static final int LATEST_SHIP_DAYS = 121;

    static final int LATEST_RECEIPT_DAYS = 30;
    static final int FIRST_ORDER_DATE = GenerateUtils.MIN_GENERATE_DATE;
    /** Order dates leave room for the latest ship and receipt dates within the 2,557 days generated. */
    static final int LAST_ORDER_DATE =
            FIRST_ORDER_DATE + GenerateUtils.TOTAL_DATE_RANGE - (LATEST_SHIP_DAYS + LATEST_RECEIPT_DAYS) - 1;

    /** The last date before TPC-H's "current date", 1995-06-17: what shipped by then has shipped. */
    private static final int LAST_PAST_DATE = lastPastDate();

    private Dbgen() {}

    /** io.trino.tpch's isInPast, which works out the date's year and day each time, as one comparison. */
    static boolean isInPast(int dbgenDate) {
        return dbgenDate <= LAST_PAST_DATE;
    }

    private static int lastPastDate() {
        int date = FIRST_ORDER_DATE;
        while (GenerateUtils.isInPast(date + 1)) {
            date++;
        }
        return date;
    }

    /** P_RETAILPRICE in cents. */
    static long partPrice(long partKey) {
        return 90_000 + (partKey / 10) % 20_001 + (partKey % 1_000) * 100;
    }

    /** The key of a part's {@code number}th (0-3) supplier. */
    static long partSupplier(long partKey, long number, double scale) {
        long suppliers = (long) (SUPPLIERS_AT_SF1 * scale);
        return (partKey + number * (suppliers / SUPPLIERS_PER_PART + (partKey - 1) / suppliers)) % suppliers + 1;
    }

    /** Order keys are sparse: of every 32 keys, the first 8 are used. */
    static long orderKey(long orderIndex) {
        return ((orderIndex >> 3) << 5) + (orderIndex & 7);
    }

    /** A dbgen date (yyddd since 1992) as days since 1970-01-01. */
    static int epochDay(int dbgenDate) {
        return GenerateUtils.toEpochDate(dbgenDate);
    }
}
