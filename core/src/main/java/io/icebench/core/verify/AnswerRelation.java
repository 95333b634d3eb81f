package io.icebench.core.verify;

import io.icebench.core.model.SqlText;
import java.util.List;
import java.util.Optional;

/**
 * How two answers to a query relate: the same (values within tolerance, peers of an ORDER BY in any order, NULL
 * sort keys placed elsewhere), a tie at the limit (they differ only in which rows of the last sort key a LIMIT let
 * in), a NULL order (a LIMIT let in other rows because the engines sort NULLs to different ends), or different,
 * with the first difference. Answers kept whole are compared value by value, larger ones by row count and
 * fingerprint.
 */
final class AnswerRelation {

    enum Kind {
        SAME,
        TIE_AT_LIMIT,
        NULL_ORDER,
        /**
         * Different rows, where a LIMIT cuts an order whose NULL placement the SQL leaves open, on sort keys the
         * answer does not show (an expression, an unselected column) and with a NULL in the first differing row:
         * it may be a NULL order, which cannot be checked on the answers.
         */
        UNCHECKED_NULL_ORDER,
        DIFFERENT;

        /** Answers of this relation go in one group of agreeing engines. */
        boolean agree() {
            return this == SAME || this == TIE_AT_LIMIT || this == NULL_ORDER;
        }

        /** Of this relation and {@code other}, the one that says less about the answers being the same. */
        Kind weaker(Kind other) {
            return compareTo(other) >= 0 ? this : other;
        }
    }

    /** The relation and, unless the answers are the same, the first difference. */
    record Outcome(Kind kind, AnswerComparison.Difference difference) {}

    private final AnswerComparison comparison;
    private final int answerRows;

    AnswerRelation(AnswerComparison comparison, int answerRows) {
        this.comparison = comparison;
        this.answerRows = answerRows;
    }

    Outcome of(Answer expected, Answer actual) {
        if (expected.whole() && actual.whole()) {
            boolean ordered = SqlText.isOrdered(expected.sql()) || SqlText.isOrdered(actual.sql());
            Optional<AnswerComparison.Difference> d = comparison.compare(expected.preview(), actual.preview(), ordered);
            if (d.isEmpty()) {
                return new Outcome(Kind.SAME, null);
            }
            if (!ordered) {
                return new Outcome(Kind.DIFFERENT, d.get());
            }
            String sql = actual.sql() != null ? actual.sql() : expected.sql();
            Optional<SortKeys> sort = SortKeys.of(sql, expected.preview(), actual.preview(), comparison);
            if (sort.isEmpty()) {
                return mayBeNullOrder(sql, d.get())
                        ? explained(
                                Kind.UNCHECKED_NULL_ORDER,
                                d.get(),
                                "the LIMIT cuts an order that leaves NULL placement to the engine, on sort keys the"
                                        + " answer does not show; a NULL order cannot be told from a wrong answer (")
                        : new Outcome(Kind.DIFFERENT, d.get());
            }
            return switch (OrderedTies.explain(sort.get(), expected.preview(), actual.preview())) {
                case PEERS_REORDERED -> new Outcome(Kind.SAME, null);
                case TIE_AT_LIMIT ->
                    explained(
                            Kind.TIE_AT_LIMIT,
                            d.get(),
                            "differs only in rows whose ORDER BY key equals the last row's, where the LIMIT cuts"
                                    + " (tie at the limit; ");
                case DIFFERENT ->
                    switch (NullPlacement.explain(sort.get(), expected.preview(), actual.preview())) {
                        case NULLS_MOVED -> new Outcome(Kind.SAME, null);
                        case NULL_ORDER ->
                            explained(
                                    Kind.NULL_ORDER,
                                    d.get(),
                                    "the LIMIT let in other rows because NULL sort keys sort first in one engine and last in"
                                            + " the other; the rows both let in agree (NULL order; ");
                        case DIFFERENT -> new Outcome(Kind.DIFFERENT, d.get());
                    };
            };
        }
        if (!expected.rows().equals(actual.rows())) {
            return different(expected.rows() + " rows against " + actual.rows());
        }
        if (expected.fingerprint() == null || !expected.fingerprint().equals(actual.fingerprint())) {
            return different("fingerprints differ (" + expected.fingerprint() + " against " + actual.fingerprint()
                    + "); rows not compared one by one beyond " + answerRows);
        }
        return new Outcome(Kind.SAME, null);
    }

    private static boolean mayBeNullOrder(String sql, AnswerComparison.Difference d) {
        Optional<OrderByLimit> order = sql == null ? Optional.empty() : OrderByLimit.of(sql);
        return order.isPresent()
                && order.get().limit() != null
                && order.get().nullsPlaced().contains(false)
                && (hasNull(d.expected()) || hasNull(d.actual()));
    }

    private static boolean hasNull(List<Object> row) {
        return row != null && row.stream().anyMatch(java.util.Objects::isNull);
    }

    private static Outcome explained(Kind kind, AnswerComparison.Difference d, String why) {
        return new Outcome(
                kind, new AnswerComparison.Difference(d.row(), d.expected(), d.actual(), why + d.reason() + ")"));
    }

    private static Outcome different(String reason) {
        return new Outcome(Kind.DIFFERENT, new AnswerComparison.Difference(-1, null, null, reason));
    }
}
