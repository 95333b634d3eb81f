package io.icebench.core.verify;

import io.icebench.core.model.EngineRun;
import io.icebench.core.model.QueryRun;
import io.icebench.core.model.SqlText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Verifies every query of a run across engines: answers are grouped into sets of equal answers; one set is a
 * match, more are a mismatch in which the largest set (the first on a tie) is the reference and every other
 * engine is reported with its first differing row. Answers kept whole (up to the worker's answer limit) are
 * compared value by value ({@link AnswerComparison}); larger ones by row count and fingerprint.
 */
public final class AnswerVerifier {

    private final AnswerComparison comparison;
    private final int answerRows;

    public AnswerVerifier(double relativeTolerance, int answerRows) {
        this.comparison = new AnswerComparison(relativeTolerance);
        this.answerRows = answerRows;
    }

    private record Answer(String engine, QueryRun run) {
        boolean whole() {
            return run.answer() != null && run.rows() != null && run.answer().rows().size() == run.rows();
        }
    }

    public List<QueryVerification> verify(List<EngineRun> engines) {
        Map<String, List<Answer>> byQuery = new LinkedHashMap<>();
        for (EngineRun engine : engines) {
            for (QueryRun run : engine.queries()) {
                List<Answer> answers = byQuery.computeIfAbsent(run.id(), id -> new ArrayList<>());
                if (run.ok() && run.rows() != null) {
                    answers.add(new Answer(engine.name(), run));
                }
            }
        }
        List<QueryVerification> verifications = new ArrayList<>();
        byQuery.forEach((query, answers) -> verifications.add(verify(query, answers)));
        return verifications;
    }

    private QueryVerification verify(String query, List<Answer> answers) {
        boolean whole = answers.stream().allMatch(Answer::whole);
        String note = whole ? "values compared (relative tolerance, decimal rounding)"
                : "results over " + answerRows + " rows: compared by row count and fingerprint";
        if (answers.size() < 2) {
            Map<String, String> engines = new LinkedHashMap<>();
            answers.forEach(a -> engines.put(a.engine(), QueryVerification.UNVERIFIED));
            return new QueryVerification(query, QueryVerification.UNVERIFIED, engines,
                    answers.stream().map(Answer::engine).toList(), List.of(),
                    answers.isEmpty() ? "no engine answered" : "only " + answers.get(0).engine() + " answered");
        }
        List<List<Answer>> groups = new ArrayList<>();
        for (Answer answer : answers) {
            groups.stream().filter(g -> difference(g.get(0), answer).isEmpty()).findFirst()
                    .ifPresentOrElse(g -> g.add(answer), () -> groups.add(new ArrayList<>(List.of(answer))));
        }
        List<Answer> reference = groups.get(0);
        for (List<Answer> group : groups) {
            if (group.size() > reference.size()) {
                reference = group;
            }
        }
        Map<String, String> engines = new LinkedHashMap<>();
        List<QueryVerification.Mismatch> mismatches = new ArrayList<>();
        for (Answer answer : answers) {
            if (reference.contains(answer)) {
                engines.put(answer.engine(), QueryVerification.MATCH);
            } else {
                engines.put(answer.engine(), QueryVerification.MISMATCH);
                AnswerComparison.Difference d = difference(reference.get(0), answer).orElseThrow();
                mismatches.add(new QueryVerification.Mismatch(answer.engine(), reference.get(0).engine(), d.row(),
                        d.expected(), d.actual(), d.reason()));
            }
        }
        String status = groups.size() == 1 ? QueryVerification.MATCH : QueryVerification.MISMATCH;
        return new QueryVerification(query, status, engines, reference.stream().map(Answer::engine).toList(),
                mismatches, note);
    }

    private Optional<AnswerComparison.Difference> difference(Answer expected, Answer actual) {
        if (expected.whole() && actual.whole()) {
            boolean ordered = SqlText.isOrdered(expected.run().sql()) || SqlText.isOrdered(actual.run().sql());
            return comparison.compare(expected.run().answer(), actual.run().answer(), ordered);
        }
        if (!expected.run().rows().equals(actual.run().rows())) {
            return Optional.of(new AnswerComparison.Difference(-1, null, null,
                    expected.run().rows() + " rows against " + actual.run().rows()));
        }
        if (!expected.run().fingerprint().equals(actual.run().fingerprint())) {
            return Optional.of(new AnswerComparison.Difference(-1, null, null, "fingerprints differ ("
                    + expected.run().fingerprint() + " against " + actual.run().fingerprint()
                    + "); rows not compared one by one beyond " + answerRows));
        }
        return Optional.empty();
    }
}
