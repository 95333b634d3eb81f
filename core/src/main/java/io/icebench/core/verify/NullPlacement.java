package io.icebench.core.verify;

import io.icebench.core.model.ResultPreview;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Two ordered answers that differ where their engines put NULL sort keys. An ORDER BY item without
 * {@code NULLS FIRST/LAST} leaves that to the engine (Spark puts NULLs first in ascending order, DuckDB and
 * Trino last), and with a LIMIT different rows then fall on each side of the cut.
 *
 * <p>Rows with NULLs in the same sort keys (a null pattern) keep one relative order whatever the NULL
 * placement, so in each answer the rows of one pattern are the first rows of that pattern in the full result.
 * The answers are therefore compared pattern by pattern: the shorter side must be the start of the longer one,
 * group of peers by group, only its last group may hold fewer rows. Uncut answers must hold the same rows.
 * Rows only one side let in are not compared.
 */
final class NullPlacement {

    /** What NULL placement says about two answers that differ row by row. */
    enum Outcome {
        /** The same rows, with NULL sort keys placed elsewhere: the same answer. */
        NULLS_MOVED,
        /** The LIMIT let in different rows because of where NULLs sort; the rows both determine agree. */
        NULL_ORDER,
        /** NULL placement does not explain the difference. */
        DIFFERENT
    }

    private NullPlacement() {}

    static Outcome explain(SortKeys sort, ResultPreview a, ResultPreview b) {
        if (!openNull(sort, a, b)) {
            return Outcome.DIFFERENT;
        }
        boolean cut = sort.cut(a);
        List<Object> lastA = cut ? a.rows().get(a.rows().size() - 1) : null;
        List<Object> lastB = cut ? b.rows().get(b.rows().size() - 1) : null;
        Map<List<Boolean>, List<List<Object>>> patternsA = byNullPattern(a, sort.columns());
        Map<List<Boolean>, List<List<Object>>> patternsB = byNullPattern(b, sort.columns());
        Set<List<Boolean>> patterns = new LinkedHashSet<>(patternsA.keySet());
        patterns.addAll(patternsB.keySet());
        for (List<Boolean> pattern : patterns) {
            List<List<Object>> x = patternsA.getOrDefault(pattern, List.of());
            List<List<Object>> y = patternsB.getOrDefault(pattern, List.of());
            boolean consistent = x.size() <= y.size()
                    ? startsWith(sort, new Side(b, y, lastB), new Side(a, x, lastA))
                    : startsWith(sort, new Side(a, x, lastA), new Side(b, y, lastB));
            if (!consistent || (!cut && x.size() != y.size())) {
                return Outcome.DIFFERENT;
            }
        }
        return cut ? Outcome.NULL_ORDER : Outcome.NULLS_MOVED;
    }

    /** Some row has a NULL in a sort key whose item leaves the NULL placement to the engine. */
    private static boolean openNull(SortKeys sort, ResultPreview a, ResultPreview b) {
        for (int k = 0; k < sort.columns().size(); k++) {
            int column = sort.columns().get(k);
            if (!sort.order().nullsPlaced().get(k)
                    && (a.rows().stream().anyMatch(r -> r.get(column) == null)
                            || b.rows().stream().anyMatch(r -> r.get(column) == null))) {
                return true;
            }
        }
        return false;
    }

    /** The rows of each null pattern (which sort keys are NULL), each in the answer's order. */
    private static Map<List<Boolean>, List<List<Object>>> byNullPattern(ResultPreview answer, List<Integer> keys) {
        Map<List<Boolean>, List<List<Object>>> patterns = new LinkedHashMap<>();
        for (List<Object> row : answer.rows()) {
            List<Boolean> pattern = keys.stream().map(k -> row.get(k) == null).toList();
            patterns.computeIfAbsent(pattern, p -> new ArrayList<>()).add(row);
        }
        return patterns;
    }

    /** The rows of one null pattern in one answer, and the answer's last row when the LIMIT cut it. */
    private record Side(ResultPreview answer, List<List<Object>> rows, List<Object> cutRow) {

        /** The LIMIT cut this group of peers: it may hold only some of its rows. */
        boolean cutIn(List<List<Object>> group) {
            return cutRow != null && group.get(group.size() - 1) == cutRow;
        }
    }

    /**
     * The shorter side is the start of the longer: the same groups of peers, each with the same rows, except a
     * group the LIMIT cut in either answer, which needs only the same key and no more rows than the other's.
     */
    private static boolean startsWith(SortKeys sort, Side longer, Side shorter) {
        List<List<List<Object>>> groupsL = sort.peers(longer.answer(), longer.rows());
        List<List<List<Object>>> groupsS = sort.peers(shorter.answer(), shorter.rows());
        if (groupsS.size() > groupsL.size()) {
            return false;
        }
        for (int g = 0; g < groupsS.size(); g++) {
            List<List<Object>> s = groupsS.get(g);
            List<List<Object>> l = groupsL.get(g);
            if (!sort.same(shorter.answer(), s.get(0), longer.answer(), l.get(0))) {
                return false;
            }
            boolean cutS = shorter.cutIn(s);
            boolean cutL = longer.cutIn(l);
            boolean fits = cutS && cutL
                    || cutS && s.size() <= l.size()
                    || cutL && l.size() <= s.size()
                    || s.size() == l.size() && sort.sameRows(shorter.answer(), s, longer.answer(), l);
            if (!fits) {
                return false;
            }
        }
        return true;
    }
}
