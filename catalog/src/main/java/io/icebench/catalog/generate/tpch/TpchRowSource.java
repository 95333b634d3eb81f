package io.icebench.catalog.generate.tpch;

import io.trino.tpch.Distributions;

/**
 * The rows of one part of one TPC-H table, as dbgen makes them (same random streams, same values), written into
 * a reused {@link TpchRow} in the column order of io.trino.tpch's table definitions.
 */
public interface TpchRowSource {

    /** Fills {@code row} with the next row; false when the part has no more. */
    boolean next(TpchRow row);

    /** Part {@code part} (from 1) of {@code parts} of {@code table} at {@code scale}. */
    static TpchRowSource open(String table, double scale, int part, int parts, DbgenTextPool pool) {
        Distributions words = Distributions.getDefaultDistributions();
        return switch (table) {
            case "lineitem" -> new LineItemRows(scale, part, parts, words, pool);
            case "orders" -> new OrderRows(scale, part, parts, words, pool);
            case "partsupp" -> new PartSuppRows(scale, part, parts, pool);
            case "part" -> new PartRows(scale, part, parts, words, pool);
            case "customer" -> new CustomerRows(scale, part, parts, words, pool);
            case "supplier" -> new SupplierRows(scale, part, parts, words, pool);
            case "nation" -> ReferenceRows.nations(words, pool);
            case "region" -> ReferenceRows.regions(words, pool);
            default -> throw new IllegalArgumentException("not a TPC-H table: " + table);
        };
    }
}
