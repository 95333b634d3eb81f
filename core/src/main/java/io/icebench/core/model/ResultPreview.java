package io.icebench.core.model;

import java.util.List;

/**
 * Column names, the kind of each column's values and the first rows of a result; values are JSON numbers
 * (decimals exact, with their scale) or strings. Kinds: {@code decimal}, {@code float}, {@code integer},
 * {@code boolean}, {@code date}, {@code timestamp}, {@code text}, or {@code null} when every value was
 * null. Answer verification needs them: a decimal is exact to its scale, a float is not.
 */
public record ResultPreview(List<String> columns, List<String> types, List<List<Object>> rows) {

    /** The first {@code n} rows (what the results file keeps). */
    public ResultPreview head(int n) {
        return rows.size() <= n ? this : new ResultPreview(columns, types, List.copyOf(rows.subList(0, n)));
    }
}
