package io.icebench.core.model;

import java.util.List;

/**
 * Column names, the kind of each column's values and the first rows of a result; values are JSON numbers
 * (decimals exact, with their scale) or strings. Kinds: {@code decimal}, {@code float}, {@code integer},
 * {@code boolean}, {@code date}, {@code timestamp}, {@code text}, or {@code null} when every value was
 * null. Answer verification needs them: a decimal is exact to its scale, a float is not.
 */
public record ResultPreview(List<String> columns, List<String> types, List<List<Object>> rows) {

    /** How a worker marks a text value it cut short (the JVM and the Python worker alike). */
    public static final String CUT_MARK = "… [preview cut: ";

    /** The first {@code keep} characters of a long text value, marked as cut with its full length. */
    public static String cut(String text, int keep) {
        return text.substring(0, keep) + CUT_MARK + text.length() + " characters in all]";
    }

    /** Whether a value was cut: such a preview cannot stand for the answer value by value. */
    public boolean hasCutValues() {
        return rows.stream().flatMap(List::stream).anyMatch(v -> v instanceof String text && text.contains(CUT_MARK));
    }

    /** The first {@code n} rows (what the results file keeps). */
    public ResultPreview head(int n) {
        return rows.size() <= n ? this : new ResultPreview(columns, types, List.copyOf(rows.subList(0, n)));
    }
}
