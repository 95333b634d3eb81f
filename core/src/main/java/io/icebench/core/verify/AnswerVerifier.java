package io.icebench.core.verify;

import io.icebench.core.model.EngineRun;
import io.icebench.core.model.QueryRun;
import io.icebench.core.model.SqlText;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Verifies every query of a run across engines: answers are grouped into sets of equal answers. One set is a
 * match. With more, the reference is the set of the engine named as reference, else the set of a strict
 * majority of the answering engines; every other engine is a mismatch, reported with its first differing row.
 * With neither, the engines disagree: each set is reported and no engine is called wrong, since a tie or a
 * plurality says nothing about which answer is right. Answers kept whole (up to the worker's answer limit)
 * are compared value by value ({@link AnswerComparison}); larger ones by row count and fingerprint.
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
            return run.answer() != null
                    && run.rows() != null
                    && run.answer().rows().size() == run.rows()
                    && !run.answer().hasCutValues();
        }
    }

    public List<QueryVerification> verify(List<EngineRun> engines) {
        return verify(engines, null);
    }

    /** {@code reference}: the engine (label) whose answers are right, or null for a strict majority. */
    public List<QueryVerification> verify(List<EngineRun> engines, String reference) {
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
        byQuery.forEach((query, answers) -> verifications.add(verify(query, answers, reference)));
        return verifications;
    }

    private QueryVerification verify(String query, List<Answer> answers, String referenceEngine) {
        boolean whole = answers.stream().allMatch(Answer::whole);
        String note = whole
                ? "values compared (relative tolerance, decimal rounding)"
                : "results over " + answerRows + " rows or with values cut in the preview: compared by row count and "
                        + "fingerprint";
        List<String> names = answers.stream().map(Answer::engine).toList();
        if (answers.size() < 2) {
            Map<String, String> engines = new LinkedHashMap<>();
            names.forEach(name -> engines.put(name, QueryVerification.UNVERIFIED));
            return new QueryVerification(
                    query,
                    QueryVerification.UNVERIFIED,
                    engines,
                    names,
                    List.of(names),
                    null,
                    List.of(),
                    List.of(),
                    answers.isEmpty() ? "no engine answered" : "only " + names.get(0) + " answered");
        }
        List<List<Answer>> groups = groups(answers);
        List<List<String>> groupNames = groups.stream()
                .map(g -> g.stream().map(Answer::engine).toList())
                .toList();
        Optional<List<Answer>> named = groups.stream()
                .filter(g -> g.stream().anyMatch(a -> a.engine().equals(referenceEngine)))
                .findFirst();
        List<Answer> reference = named.orElse(groups.get(0).size() * 2 > answers.size() ? groups.get(0) : null);
        if (referenceEngine != null && named.isEmpty()) {
            note += "; the reference " + referenceEngine + " gave no answer";
        }
        Map<String, String> engines = new LinkedHashMap<>();
        if (groups.size() == 1) {
            names.forEach(name -> engines.put(name, QueryVerification.MATCH));
            return new QueryVerification(
                    query,
                    QueryVerification.MATCH,
                    engines,
                    names,
                    groupNames,
                    named.isPresent() ? "engine" : "majority",
                    List.of(),
                    List.of(),
                    note);
        }
        if (reference == null) {
            names.forEach(name -> engines.put(name, QueryVerification.DISAGREE));
            Answer first = groups.get(0).get(0);
            List<QueryVerification.Mismatch> differences = groups.subList(1, groups.size()).stream()
                    .map(g -> mismatch(first, g.get(0)))
                    .toList();
            return new QueryVerification(
                    query,
                    QueryVerification.DISAGREE,
                    engines,
                    List.of(),
                    groupNames,
                    null,
                    List.of(),
                    differences,
                    note + "; no strict majority and no --reference: no engine is called wrong");
        }
        Answer expected = named.isPresent()
                ? reference.stream()
                        .filter(a -> a.engine().equals(referenceEngine))
                        .findFirst()
                        .orElseThrow()
                : reference.get(0);
        List<QueryVerification.Mismatch> mismatches = new ArrayList<>();
        for (Answer answer : answers) {
            boolean matches = reference.contains(answer);
            engines.put(answer.engine(), matches ? QueryVerification.MATCH : QueryVerification.MISMATCH);
            if (!matches) {
                mismatches.add(mismatch(expected, answer));
            }
        }
        return new QueryVerification(
                query,
                QueryVerification.MISMATCH,
                engines,
                reference.stream().map(Answer::engine).toList(),
                groupNames,
                named.isPresent() ? "engine" : "majority",
                mismatches,
                List.of(),
                note);
    }

    /** Sets of equal answers, the largest first (in the engines' order on a tie). */
    private List<List<Answer>> groups(List<Answer> answers) {
        List<List<Answer>> groups = new ArrayList<>();
        for (Answer answer : answers) {
            groups.stream()
                    .filter(g -> difference(g.get(0), answer).isEmpty())
                    .findFirst()
                    .ifPresentOrElse(g -> g.add(answer), () -> groups.add(new ArrayList<>(List.of(answer))));
        }
        groups.sort(Comparator.comparingInt(g -> -g.size()));
        return groups;
    }

    private QueryVerification.Mismatch mismatch(Answer expected, Answer actual) {
        // equality within a tolerance is not transitive: the answer may be near this one and far from its group
        AnswerComparison.Difference d = difference(expected, actual)
                .orElse(new AnswerComparison.Difference(
                        -1,
                        null,
                        null,
                        "within tolerance of " + expected.engine() + " but not of every engine that agrees with it"));
        return new QueryVerification.Mismatch(
                actual.engine(), expected.engine(), d.row(), d.expected(), d.actual(), d.reason());
    }

    private Optional<AnswerComparison.Difference> difference(Answer expected, Answer actual) {
        if (expected.whole() && actual.whole()) {
            boolean ordered = SqlText.isOrdered(expected.run().sql())
                    || SqlText.isOrdered(actual.run().sql());
            return comparison.compare(expected.run().answer(), actual.run().answer(), ordered);
        }
        if (!expected.run().rows().equals(actual.run().rows())) {
            return Optional.of(new AnswerComparison.Difference(
                    -1,
                    null,
                    null,
                    expected.run().rows() + " rows against " + actual.run().rows()));
        }
        if (!expected.run().fingerprint().equals(actual.run().fingerprint())) {
            return Optional.of(new AnswerComparison.Difference(
                    -1,
                    null,
                    null,
                    "fingerprints differ ("
                            + expected.run().fingerprint() + " against "
                            + actual.run().fingerprint()
                            + "); rows not compared one by one beyond " + answerRows));
        }
        return Optional.empty();
    }
}
