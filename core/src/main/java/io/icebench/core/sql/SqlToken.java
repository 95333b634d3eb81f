package io.icebench.core.sql;

import java.util.Locale;

/**
 * One token of SQL text: a bare word (keyword or unquoted identifier), a quoted identifier or string (opaque:
 * what it holds is never a keyword), a number, or one symbol character; {@code offset} is where it starts.
 */
public record SqlToken(Kind kind, String text, int offset) {

    public enum Kind {
        WORD,
        QUOTED,
        NUMBER,
        SYMBOL
    }

    public boolean isWord(String upper) {
        return kind == Kind.WORD && text.toUpperCase(Locale.ROOT).equals(upper);
    }

    public boolean isSymbol(char c) {
        return kind == Kind.SYMBOL && text.charAt(0) == c;
    }
}
