package io.icebench.core.verify;

import java.util.List;
import java.util.Map;

/**
 * Whether the engines that answered a query agree.
 *
 * @param status     {@code match}, {@code mismatch} or {@code unverified} (fewer than two answers)
 * @param engines    each answering engine's verdict: {@code match} (with the majority), {@code mismatch}, {@code unverified}
 * @param agreeing   the engines of the largest group of equal answers (the reference)
 * @param mismatches each engine outside that group, against the reference, with the first differing row
 * @param note       how the answers were compared
 */
public record QueryVerification(
        String query,
        String status,
        Map<String, String> engines,
        List<String> agreeing,
        List<Mismatch> mismatches,
        String note) {

    public static final String MATCH = "match";
    public static final String MISMATCH = "mismatch";
    public static final String UNVERIFIED = "unverified";

    /** One engine's answer against the reference: row index (0-based, after sorting if unordered), both rows. */
    public record Mismatch(String engine, String against, int row, List<Object> expected, List<Object> actual,
            String reason) {
    }
}
