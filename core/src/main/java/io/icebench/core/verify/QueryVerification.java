package io.icebench.core.verify;

import java.util.List;
import java.util.Map;

/**
 * Whether the engines that answered a query agree.
 *
 * @param status      {@code match} (one answer), {@code mismatch} (engines differ from the reference),
 *                    {@code disagree} (answers differ and nothing says which is right), {@code tie-at-limit} (answers
 *                    differ only in rows whose ORDER BY key ties at the LIMIT cut: no one is wrong), {@code null-order} (a LIMIT
 *                    let in other rows because the engines sort NULLs to different ends; the rows both let in
 *                    agree) or
 *                    {@code unverified} (fewer than two answers and no expected answer)
 * @param engines     each answering engine's verdict: {@code match}, {@code mismatch}, {@code disagree},
 *                    {@code tie-at-limit}, {@code null-order} or {@code unverified}
 * @param agreeing    the engines whose answer is the reference (empty when the engines disagree)
 * @param groups      the answering engines in groups of equal answers, the largest first
 * @param reference   why the reference is right: {@code majority} (a strict majority gave it) or {@code engine}
 *                    (named with {@code --reference}) or {@code expected} (the suite's expected answer); null when
 *                    there is no reference
 * @param mismatches  each engine outside the reference group, against the reference, with the first differing row
 * @param differences when the engines disagree: how each other group's answer differs from the first group's;
 *                    with {@code tie-at-limit} or {@code null-order}: where the answers differ
 * @param note        how the answers were compared
 */
public record QueryVerification(
        String query,
        String status,
        Map<String, String> engines,
        List<String> agreeing,
        List<List<String>> groups,
        String reference,
        List<Mismatch> mismatches,
        List<Mismatch> differences,
        String note) {

    public static final String MATCH = "match";
    public static final String MISMATCH = "mismatch";
    public static final String DISAGREE = "disagree";
    public static final String UNVERIFIED = "unverified";
    public static final String TIE_AT_LIMIT = "tie-at-limit";
    public static final String NULL_ORDER = "null-order";

    /** The verdict for an answer that relates to the reference this way. */
    static String verdict(AnswerRelation.Kind kind) {
        return switch (kind) {
            case SAME -> MATCH;
            case TIE_AT_LIMIT -> TIE_AT_LIMIT;
            case NULL_ORDER -> NULL_ORDER;
            case UNCHECKED_NULL_ORDER -> DISAGREE;
            case DIFFERENT -> MISMATCH;
        };
    }

    /** Whether this verification fails the run. */
    public boolean failed() {
        return MISMATCH.equals(status) || DISAGREE.equals(status);
    }

    /**
     * One engine's answer against another's: row index (0-based, after sorting if unordered), both rows. In
     * {@code mismatches} {@code against} is the reference; in {@code differences} it is just the other group.
     */
    public record Mismatch(
            String engine, String against, int row, List<Object> expected, List<Object> actual, String reason) {}
}
