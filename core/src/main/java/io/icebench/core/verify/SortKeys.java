package io.icebench.core.verify;

import io.icebench.core.model.ResultPreview;
import java.util.ArrayList;
import java.util.List;

/** The answer columns an ORDER BY sorts on, compared as the answer check compares values (NULL equals NULL). */
record SortKeys(List<Integer> columns, AnswerComparison comparison) {

    /** Consecutive rows with equal sort keys (peers), in the answer's order. */
    List<List<List<Object>>> peers(ResultPreview answer, List<List<Object>> rows) {
        List<List<List<Object>>> groups = new ArrayList<>();
        for (List<Object> row : rows) {
            List<List<Object>> last = groups.isEmpty() ? null : groups.get(groups.size() - 1);
            if (last != null && same(answer, last.get(0), answer, row)) {
                last.add(row);
            } else {
                groups.add(new ArrayList<>(List.of(row)));
            }
        }
        return groups;
    }

    boolean same(ResultPreview a, List<Object> x, ResultPreview b, List<Object> y) {
        for (int k : columns) {
            if (!comparison.equal(x.get(k), type(a, k), y.get(k), type(b, k))) {
                return false;
            }
        }
        return true;
    }

    /** The same rows in any order. */
    boolean sameRows(ResultPreview a, List<List<Object>> x, ResultPreview b, List<List<Object>> y) {
        return comparison
                .compare(
                        new ResultPreview(a.columns(), a.types(), x),
                        new ResultPreview(b.columns(), b.types(), y),
                        false)
                .isEmpty();
    }

    private static String type(ResultPreview preview, int column) {
        return preview.types() == null || column >= preview.types().size()
                ? "float"
                : preview.types().get(column);
    }
}
