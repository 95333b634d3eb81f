package io.icebench.worker;

import java.util.Arrays;
import java.util.List;

/**
 * The rows of the last small result a worker fingerprinted, with that fingerprint: the next run of the same query
 * returns the same rows, and a fingerprint is a function of the rows alone, so comparing them replaces computing it
 * again (on a result of a few rows, canonical text and SHA-256 cost far more than the comparison). Values compare
 * with {@code equals}, which is never looser than their canonical text (a decimal's scale, a double's sign of zero
 * count): a doubtful match is computed again.
 */
record LastResult(boolean ordered, List<Object[]> rows, String fingerprint) {

    /** Results up to this many rows are kept. */
    static final int MAX_ROWS = 10_000;

    boolean sameRows(boolean ordered, List<Object[]> others) {
        if (ordered != this.ordered || others.size() != rows.size()) {
            return false;
        }
        for (int i = 0; i < rows.size(); i++) {
            if (!Arrays.equals(rows.get(i), others.get(i))) {
                return false;
            }
        }
        return true;
    }
}
