package io.icebench.core.verify;

import io.icebench.core.model.ResultPreview;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The outermost ORDER BY of a query and the answer columns it sorts on, compared as the answer check compares
 * values (NULL equals NULL).
 */
record SortKeys(OrderByLimit order, List<Integer> columns, AnswerComparison comparison) {

    /**
     * The sort keys of two answers to {@code sql} of the same shape; empty when the query has no ORDER BY or a
     * sort item names no answer column, since the order cannot then be checked on the answers.
     */
    static Optional<SortKeys> of(String sql, ResultPreview a, ResultPreview b, AnswerComparison comparison) {
        Optional<OrderByLimit> order = sql == null ? Optional.empty() : OrderByLimit.of(sql);
        if (order.isEmpty()
                || a.rows().size() != b.rows().size()
                || a.columns().size() != b.columns().size()) {
            return Optional.empty();
        }
        return order.get()
                .columns(a.columns())
                .or(() -> order.get().columns(b.columns()))
                .map(columns -> new SortKeys(order.get(), columns, comparison));
    }

    /** The LIMIT cut this answer: it holds as many rows as the LIMIT allows. */
    boolean cut(ResultPreview answer) {
        return order.limit() != null && answer.rows().size() == order.limit();
    }

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
            if (!comparison.equal(x.get(k), AnswerComparison.type(a, k), y.get(k), AnswerComparison.type(b, k))) {
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
}
