package io.icebench.core.verify;

import io.icebench.core.model.ResultPreview;
import java.util.List;

/**
 * Two ordered answers that differ row by row, looked at the way their ORDER BY determines them: rows whose
 * sort keys are equal (peers) may come in any order, and when a LIMIT cut the answer inside a group of peers,
 * which of those peers made it in is not determined either. The answers are compared group of peers by group:
 * every group but the last must hold the same rows; the last, when the LIMIT cut the answer there, only the same
 * number of rows with the same key.
 */
final class OrderedTies {

    /** What the ORDER BY says about two answers that differ row by row. */
    enum Outcome {
        /** The same rows, peers in another order: the same answer. */
        PEERS_REORDERED,
        /** They differ only in which peers of the last key the LIMIT let in. */
        TIE_AT_LIMIT,
        /** The ORDER BY does not explain the difference. */
        DIFFERENT
    }

    private OrderedTies() {}

    static Outcome explain(SortKeys sort, ResultPreview a, ResultPreview b) {
        List<List<List<Object>>> groupsA = sort.peers(a, a.rows());
        List<List<List<Object>>> groupsB = sort.peers(b, b.rows());
        if (groupsA.size() != groupsB.size()) {
            return Outcome.DIFFERENT;
        }
        boolean cut = sort.cut(a);
        boolean tie = false;
        for (int g = 0; g < groupsA.size(); g++) {
            List<List<Object>> x = groupsA.get(g);
            List<List<Object>> y = groupsB.get(g);
            if (x.size() != y.size() || !sort.same(a, x.get(0), b, y.get(0))) {
                return Outcome.DIFFERENT;
            }
            if (!sort.sameRows(a, x, b, y)) {
                if (cut && g == groupsA.size() - 1) {
                    tie = true;
                } else {
                    return Outcome.DIFFERENT;
                }
            }
        }
        return tie ? Outcome.TIE_AT_LIMIT : Outcome.PEERS_REORDERED;
    }
}
