package io.icebench.core.sql;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Decides whether SQL text is exactly one read-only statement, by its tokens rather than by parsing it (a
 * parser of one dialect misreads another; tokens do not): one statement (a trailing {@code ;} alone is fine)
 * that starts like a query, with no keyword that writes or changes anything anywhere in it. The text is read
 * under every {@link SqlDialect}, so that no dialect's way of quoting or commenting hides a keyword. Refusing
 * is safe, letting a write through is not: a word such as {@code set} used as a column name is refused too.
 */
public final class ReadOnlyGuard {

    /** The words a read-only statement may start with, besides {@code (}. */
    public static final List<String> STARTS =
            List.of("SELECT", "WITH", "VALUES", "TABLE", "FROM", "EXPLAIN", "SHOW", "DESCRIBE", "DESC");

    private static final Set<String> WRITES = Set.of(
            "INSERT",
            "UPDATE",
            "DELETE",
            "MERGE",
            "UPSERT",
            "REPLACE",
            "INTO",
            "OUTFILE",
            "DIRECTORY",
            "CREATE",
            "DROP",
            "ALTER",
            "TRUNCATE",
            "RENAME",
            "COMMENT",
            "CLONE",
            "UNDROP",
            "RESTORE",
            "REPAIR",
            "COPY",
            "UNLOAD",
            "EXPORT",
            "IMPORT",
            "ATTACH",
            "DETACH",
            "INSTALL",
            "LOAD",
            "FORCE",
            "PUT",
            "CALL",
            "EXECUTE",
            "EXEC",
            "DO",
            "PREPARE",
            "DEALLOCATE",
            "DECLARE",
            "PRAGMA",
            "SET",
            "RESET",
            "USE",
            "GRANT",
            "REVOKE",
            "DENY",
            "VACUUM",
            "CHECKPOINT",
            "OPTIMIZE",
            "REFRESH",
            "MSCK",
            "ANALYZE",
            "ANALYSE",
            "CACHE",
            "UNCACHE",
            "ADD",
            "COMMIT",
            "ROLLBACK",
            "BEGIN",
            "SAVEPOINT",
            "RELEASE",
            "ABORT",
            "LOCK",
            "UNLOCK",
            "KILL",
            "SHUTDOWN",
            "FLUSH",
            "NOTIFY",
            "LISTEN",
            "SUBMIT",
            "SYNC",
            "REFLECT",
            "JAVA_METHOD");

    private ReadOnlyGuard() {}

    /** Why the text is not one read-only statement, or empty when it is. */
    public static Optional<String> refusal(String sql) {
        for (SqlDialect dialect : SqlDialect.all()) {
            Optional<String> refusal = refusal(sql, dialect);
            if (refusal.isPresent()) {
                return refusal;
            }
        }
        return Optional.empty();
    }

    private static Optional<String> refusal(String sql, SqlDialect dialect) {
        List<SqlToken> tokens;
        try {
            tokens = SqlLexer.tokens(sql, dialect);
        } catch (SqlLexer.UnterminatedException e) {
            return Optional.of("it has " + e.getMessage()
                    + (dialect.equals(SqlDialect.STANDARD) ? "" : " when read as some dialects read it"));
        }
        int end = 0;
        while (end < tokens.size() && !tokens.get(end).isSymbol(';')) {
            end++;
        }
        for (int i = end; i < tokens.size(); i++) {
            if (!tokens.get(i).isSymbol(';')) {
                return Optional.of("it holds more than one statement (the second starts '"
                        + excerpt(sql, tokens.get(i).offset()) + "')");
            }
        }
        if (end == 0) {
            return Optional.of("it holds no statement");
        }
        SqlToken first = tokens.get(0);
        if (!first.isSymbol('(') && !(first.kind() == SqlToken.Kind.WORD && STARTS.contains(upper(first)))) {
            return Optional.of("it starts with " + upper(first) + ", not with " + String.join(", ", STARTS) + " or (");
        }
        for (int i = 0; i < end; i++) {
            SqlToken token = tokens.get(i);
            boolean functionCall = i + 1 < end && tokens.get(i + 1).isSymbol('(') && token.isWord("REPLACE");
            if (token.kind() == SqlToken.Kind.WORD && WRITES.contains(upper(token)) && !functionCall) {
                return Optional.of("it contains the keyword " + upper(token) + " (at character " + (token.offset() + 1)
                        + "), which writes or changes state");
            }
        }
        return Optional.empty();
    }

    private static String upper(SqlToken token) {
        return token.text().toUpperCase(Locale.ROOT);
    }

    private static String excerpt(String sql, int offset) {
        String rest = sql.substring(offset).strip().replaceAll("\\s+", " ");
        return rest.length() <= 40 ? rest : rest.substring(0, 40) + "…";
    }
}
