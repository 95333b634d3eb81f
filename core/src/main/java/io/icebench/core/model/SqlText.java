package io.icebench.core.model;

import java.util.regex.Pattern;

/** Facts about a statement's text that the coordinator needs without parsing SQL fully. */
public final class SqlText {

    private static final Pattern ORDER_BY = Pattern.compile("\\border\\s+by\\b", Pattern.CASE_INSENSITIVE);

    private SqlText() {}

    /** Removes comments and string literals' contents so that keyword checks do not look inside them. */
    public static String skeleton(String sql) {
        StringBuilder out = new StringBuilder(sql.length());
        int i = 0;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            if (c == '-' && i + 1 < sql.length() && sql.charAt(i + 1) == '-') {
                while (i < sql.length() && sql.charAt(i) != '\n') {
                    i++;
                }
            } else if (c == '/' && i + 1 < sql.length() && sql.charAt(i + 1) == '*') {
                int end = sql.indexOf("*/", i + 2);
                i = end < 0 ? sql.length() : end + 2;
                out.append(' ');
            } else if (c == '\'' || c == '"') {
                int end = sql.indexOf(c, i + 1);
                i = end < 0 ? sql.length() : end + 1;
                out.append(c).append(c);
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /** True when the outermost query has an ORDER BY (so result order is part of the answer). */
    public static boolean isOrdered(String sql) {
        String text = skeleton(sql);
        int depth = 0;
        StringBuilder top = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (depth == 0) {
                top.append(c);
            }
        }
        return ORDER_BY.matcher(top).find();
    }
}
