package io.icebench.core.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits SQL text into tokens under one {@link SqlDialect}: comments are dropped, string literals and quoted
 * identifiers become single opaque tokens, so that a keyword check sees only what the engine reads as code.
 */
public final class SqlLexer {

    private static final Pattern EXPONENT = Pattern.compile("[eE][+-]?[0-9]+");
    private static final Pattern DOLLAR_TAG = Pattern.compile("\\$([A-Za-z_][A-Za-z_0-9]*)?\\$");

    /** The text ends inside a string, quoted identifier or comment. */
    public static final class UnterminatedException extends RuntimeException {
        private final int offset;

        UnterminatedException(String what, int offset) {
            super("an unterminated " + what + " (from character " + (offset + 1) + ")");
            this.offset = offset;
        }

        public int offset() {
            return offset;
        }
    }

    private final String sql;
    private final SqlDialect dialect;
    private final List<SqlToken> tokens = new ArrayList<>();
    private int i;

    private SqlLexer(String sql, SqlDialect dialect) {
        this.sql = sql;
        this.dialect = dialect;
    }

    public static List<SqlToken> tokens(String sql, SqlDialect dialect) {
        SqlLexer lexer = new SqlLexer(sql, dialect);
        lexer.run();
        return lexer.tokens;
    }

    private void run() {
        while (i < sql.length()) {
            char c = sql.charAt(i);
            int start = i;
            if (Character.isWhitespace(c)) {
                i++;
            } else if (startsWith("--") || (c == '#' && dialect.hashComments())) {
                int end = sql.indexOf('\n', i);
                i = end < 0 ? sql.length() : end + 1;
            } else if (startsWith("/*!") && dialect.hashComments()) {
                i += 3; // MySQL runs what such a comment holds: read it as code
            } else if (startsWith("/*")) {
                blockComment();
            } else if (c == '\'') {
                quoted('\'', dialect.backslashEscapes(), "string literal");
                add(SqlToken.Kind.QUOTED, start);
            } else if (c == '"') {
                quoted('"', dialect.backslashEscapes(), "quoted identifier or string");
                add(SqlToken.Kind.QUOTED, start);
            } else if (c == '`') {
                quoted('`', false, "quoted identifier");
                add(SqlToken.Kind.QUOTED, start);
            } else if (c == '[' && dialect.bracketIdentifiers()) {
                quoted(']', false, "bracketed identifier");
                add(SqlToken.Kind.QUOTED, start);
            } else if (c == '$' && dialect.dollarQuotes() && dollarQuoted()) {
                add(SqlToken.Kind.QUOTED, start);
            } else if (Character.isDigit(c)) {
                number(start);
            } else if (Character.isLetter(c) || c == '_') {
                word(start);
            } else {
                i++;
                add(SqlToken.Kind.SYMBOL, start);
            }
        }
    }

    /** Digits, a point, an exponent; letters right after a number start a word ({@code 1insert} holds INSERT). */
    private void number(int start) {
        while (i < sql.length() && (Character.isDigit(sql.charAt(i)) || sql.charAt(i) == '.')) {
            i++;
        }
        Matcher exponent = EXPONENT.matcher(sql).region(i, sql.length());
        if (exponent.lookingAt()) {
            i = exponent.end();
        }
        add(SqlToken.Kind.NUMBER, start);
    }

    private void word(int start) {
        while (i < sql.length()
                && (Character.isLetterOrDigit(sql.charAt(i)) || sql.charAt(i) == '_' || sql.charAt(i) == '$')) {
            i++;
        }
        boolean escapePrefix =
                dialect.escapeStrings() && i - start == 1 && (sql.charAt(start) == 'E' || sql.charAt(start) == 'e');
        if (i < sql.length() && sql.charAt(i) == '\'' && escapePrefix) {
            quoted('\'', true, "string literal");
            add(SqlToken.Kind.QUOTED, start);
        } else {
            add(SqlToken.Kind.WORD, start);
        }
    }

    /** From the opening character at {@code i} to the closing one; a doubled closing character escapes it. */
    private void quoted(char close, boolean backslash, String what) {
        int start = i;
        i++;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            if (backslash && c == '\\') {
                i += 2;
            } else if (c == close && i + 1 < sql.length() && sql.charAt(i + 1) == close) {
                i += 2;
            } else if (c == close) {
                i++;
                return;
            } else {
                i++;
            }
        }
        throw new UnterminatedException(what, start);
    }

    private boolean dollarQuoted() {
        Matcher tag = DOLLAR_TAG.matcher(sql).region(i, sql.length());
        if (!tag.lookingAt()) {
            return false;
        }
        int end = sql.indexOf(tag.group(), tag.end());
        if (end < 0) {
            throw new UnterminatedException("dollar-quoted string", i);
        }
        i = end + tag.group().length();
        return true;
    }

    private void blockComment() {
        int start = i;
        int depth = 0;
        while (i < sql.length()) {
            if (startsWith("/*") && (depth == 0 || dialect.nestedComments())) {
                depth++;
                i += 2;
            } else if (startsWith("*/")) {
                depth--;
                i += 2;
                if (depth == 0) {
                    return;
                }
            } else {
                i++;
            }
        }
        throw new UnterminatedException("block comment", start);
    }

    private boolean startsWith(String prefix) {
        return sql.startsWith(prefix, i);
    }

    private void add(SqlToken.Kind kind, int start) {
        tokens.add(new SqlToken(kind, sql.substring(start, i), start));
    }
}
