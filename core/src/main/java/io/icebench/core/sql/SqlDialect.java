package io.icebench.core.sql;

import java.util.ArrayList;
import java.util.List;

/**
 * One way of reading SQL text where dialects differ: whether a backslash escapes a quote inside strings
 * (Spark, Hive, MySQL), whether block comments nest (PostgreSQL, DuckDB, Spark), whether {@code #} starts a
 * comment (MySQL, StarRocks), whether {@code [..]} quotes an identifier (SQL Server) and whether
 * {@code $tag$..$tag$} quotes a string (PostgreSQL, DuckDB), and whether {@code E'..'} is a string with backslash
 * escapes (PostgreSQL, DuckDB).
 */
public record SqlDialect(
        boolean backslashEscapes,
        boolean nestedComments,
        boolean hashComments,
        boolean bracketIdentifiers,
        boolean dollarQuotes,
        boolean escapeStrings) {

    /** The standard reading (PostgreSQL, DuckDB): quotes doubled, E'..' escapes, nested comments, $$ strings. */
    public static final SqlDialect STANDARD = new SqlDialect(false, true, false, false, true, true);

    /** Every combination, the standard reading first. */
    public static List<SqlDialect> all() {
        List<SqlDialect> all = new ArrayList<>(List.of(STANDARD));
        for (int bits = 0; bits < 64; bits++) {
            SqlDialect dialect = new SqlDialect(
                    (bits & 1) != 0,
                    (bits & 2) != 0,
                    (bits & 4) != 0,
                    (bits & 8) != 0,
                    (bits & 16) != 0,
                    (bits & 32) != 0);
            if (!dialect.equals(STANDARD)) {
                all.add(dialect);
            }
        }
        return all;
    }
}
