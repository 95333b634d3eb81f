package io.icebench.cli.run;

import io.icebench.core.model.TableSnapshot;
import io.icebench.core.sql.SqlDialect;
import io.icebench.core.sql.SqlLexer;
import io.icebench.core.sql.SqlToken;
import java.util.Locale;

/**
 * Whether a statement may read a table: under some dialect's reading ({@link SqlLexer}), one of its words or
 * quoted identifiers is the table's name. Deliberately loose: a false "yes" refuses a query that would have
 * run, a false "no" cannot happen for a table named in the statement; text no dialect can read counts as a
 * mention.
 */
final class TableMentions {

    private TableMentions() {}

    static boolean mentions(String sql, TableSnapshot table) {
        String name = table.name().toLowerCase(Locale.ROOT);
        for (SqlDialect dialect : SqlDialect.all()) {
            try {
                for (SqlToken token : SqlLexer.tokens(sql, dialect)) {
                    if (name.equals(identifier(token))) {
                        return true;
                    }
                }
            } catch (SqlLexer.UnterminatedException e) {
                return true;
            }
        }
        return false;
    }

    /** The name a word or quoted identifier holds, lower-cased; null for strings, numbers and symbols. */
    private static String identifier(SqlToken token) {
        String text = token.text();
        if (token.kind() == SqlToken.Kind.WORD) {
            return text.toLowerCase(Locale.ROOT);
        }
        if (token.kind() == SqlToken.Kind.QUOTED && text.length() >= 2 && "\"`[".indexOf(text.charAt(0)) >= 0) {
            return text.substring(1, text.length() - 1).toLowerCase(Locale.ROOT);
        }
        return null;
    }
}
