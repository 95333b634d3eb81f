package io.icebench.cli.run;

import io.icebench.core.model.TableSnapshot;
import java.util.regex.Pattern;

/**
 * Whether a statement may read a table: its name appears as a word outside comments and string literals.
 * Deliberately loose: a false "yes" refuses a query that would have run, a false "no" cannot happen for a
 * table named in the statement.
 */
final class TableMentions {

    private TableMentions() {
    }

    static boolean mentions(String sql, TableSnapshot table) {
        Pattern name = Pattern.compile("(?<![\\w$])" + Pattern.quote(table.name()) + "(?![\\w$])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        return name.matcher(withoutCommentsAndStrings(sql)).find();
    }

    private static String withoutCommentsAndStrings(String sql) {
        StringBuilder out = new StringBuilder(sql.length());
        int i = 0;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            if (c == '-' && sql.startsWith("--", i)) {
                int end = sql.indexOf('\n', i);
                i = end < 0 ? sql.length() : end;
            } else if (c == '/' && sql.startsWith("/*", i)) {
                int end = sql.indexOf("*/", i + 2);
                i = end < 0 ? sql.length() : end + 2;
                out.append(' ');
            } else if (c == '\'') {
                int end = i + 1;
                while (end < sql.length() && (sql.charAt(end) != '\'' || sql.startsWith("''", end))) {
                    end += sql.startsWith("''", end) ? 2 : 1;
                }
                i = end + 1;
                out.append(' ');
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }
}
