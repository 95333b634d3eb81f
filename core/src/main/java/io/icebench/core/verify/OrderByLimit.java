package io.icebench.core.verify;

import io.icebench.core.sql.SqlDialect;
import io.icebench.core.sql.SqlLexer;
import io.icebench.core.sql.SqlToken;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The outermost ORDER BY of a query and its LIMIT: each sort item as written (direction and NULLS placement
 * left out), whether each item says where its NULLs go ({@code NULLS FIRST/LAST}), and the row limit, null when
 * there is none or it is not a plain number.
 */
public record OrderByLimit(List<List<SqlToken>> items, List<Boolean> nullsPlaced, Long limit) {

    private static final Set<String> ENDS = Set.of("LIMIT", "FETCH", "OFFSET");
    private static final Set<String> MODIFIERS = Set.of("ASC", "DESC", "NULLS", "FIRST", "LAST");

    /** The outermost ORDER BY of {@code sql}, if it has one. */
    public static Optional<OrderByLimit> of(String sql) {
        List<SqlToken> tokens;
        try {
            tokens = SqlLexer.tokens(sql, SqlDialect.STANDARD);
        } catch (SqlLexer.UnterminatedException e) {
            return Optional.empty();
        }
        int depth = 0;
        int orderBy = -1;
        for (int i = 0; i < tokens.size(); i++) {
            SqlToken t = tokens.get(i);
            depth += t.isSymbol('(') ? 1 : t.isSymbol(')') ? -1 : 0;
            if (depth == 0
                    && t.isWord("ORDER")
                    && i + 1 < tokens.size()
                    && tokens.get(i + 1).isWord("BY")) {
                orderBy = i + 2;
            }
        }
        if (orderBy < 0) {
            return Optional.empty();
        }
        List<List<SqlToken>> items = new ArrayList<>();
        List<Boolean> nullsPlaced = new ArrayList<>();
        List<SqlToken> item = new ArrayList<>();
        boolean nulls = false;
        Long limit = null;
        depth = 0;
        for (int i = orderBy; i < tokens.size(); i++) {
            SqlToken t = tokens.get(i);
            depth += t.isSymbol('(') ? 1 : t.isSymbol(')') ? -1 : 0;
            boolean end =
                    depth == 0 && (t.isSymbol(';') || (t.kind() == SqlToken.Kind.WORD && ENDS.contains(upper(t))));
            if (end) {
                limit = limit(tokens, i);
                break;
            }
            if (depth == 0 && t.isSymbol(',')) {
                items.add(item);
                nullsPlaced.add(nulls);
                item = new ArrayList<>();
                nulls = false;
            } else if (depth == 0 && t.isWord("NULLS")) {
                nulls = true;
            } else if (!(depth == 0 && t.kind() == SqlToken.Kind.WORD && MODIFIERS.contains(upper(t)))) {
                item.add(t);
            }
        }
        items.add(item);
        nullsPlaced.add(nulls);
        return Optional.of(new OrderByLimit(items, nullsPlaced, limit));
    }

    /** {@code LIMIT n} or {@code FETCH FIRST n ROWS ONLY} from token {@code i}. */
    private static Long limit(List<SqlToken> tokens, int i) {
        SqlToken t = tokens.get(i);
        int number = t.isWord("LIMIT") ? i + 1 : t.isWord("FETCH") ? i + 2 : -1;
        if (number < 0 || number >= tokens.size() || tokens.get(number).kind() != SqlToken.Kind.NUMBER) {
            return null;
        }
        try {
            return Long.parseLong(tokens.get(number).text());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /**
     * The answer column each sort item names: a position ({@code 2}), an output name or alias, or a qualified
     * column ({@code t.c}) whose last part is an output name; empty when any item is an expression or names no
     * output column, since the order it gives cannot be checked on the answer.
     */
    public Optional<List<Integer>> columns(List<String> names) {
        List<Integer> columns = new ArrayList<>();
        for (List<SqlToken> item : items) {
            OptionalInt column = column(item, names);
            if (column.isEmpty()) {
                return Optional.empty();
            }
            columns.add(column.getAsInt());
        }
        return Optional.of(columns);
    }

    private static OptionalInt column(List<SqlToken> item, List<String> names) {
        if (item.size() == 1 && item.get(0).kind() == SqlToken.Kind.NUMBER) {
            try {
                int position = Integer.parseInt(item.get(0).text());
                return position >= 1 && position <= names.size() ? OptionalInt.of(position - 1) : OptionalInt.empty();
            } catch (NumberFormatException e) {
                return OptionalInt.empty();
            }
        }
        boolean name = item.size() == 1
                || (item.size() == 3 && item.get(1).isSymbol('.'))
                || (item.size() == 5 && item.get(1).isSymbol('.') && item.get(3).isSymbol('.'));
        SqlToken last = item.isEmpty() ? null : item.get(item.size() - 1);
        if (!name || last.kind() == SqlToken.Kind.NUMBER || last.kind() == SqlToken.Kind.SYMBOL) {
            return OptionalInt.empty();
        }
        String wanted = last.kind() == SqlToken.Kind.QUOTED
                ? last.text().substring(1, last.text().length() - 1)
                : last.text();
        for (int i = 0; i < names.size(); i++) {
            if (names.get(i).equalsIgnoreCase(wanted)) {
                return OptionalInt.of(i);
            }
        }
        return OptionalInt.empty();
    }

    private static String upper(SqlToken t) {
        return t.text().toUpperCase(Locale.ROOT);
    }
}
