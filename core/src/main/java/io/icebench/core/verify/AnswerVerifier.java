package io.icebench.core.verify;

import io.icebench.core.model.EngineRun;
import io.icebench.core.model.QueryRun;
import io.icebench.core.model.ResultPreview;
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
 * plurality says nothing about which answer is right. A query with an expected answer (from its suite) is
 * checked against that instead. Answers that differ only where an ORDER BY ... LIMIT cuts through rows of
 * equal sort key are a tie at the limit, and answers whose LIMIT let in other rows because the engines sort NULLs
 * to different ends are a NULL order; neither is held against anyone ({@link AnswerRelation}).
 */
public final class AnswerVerifier {

    /** The name the suite's expected answer goes by in groups and mismatches. */
    public static final String EXPECTED = "expected";

    private final AnswerRelation relation;
    private final int answerRows;

    public AnswerVerifier(double relativeTolerance, int answerRows) {
        this.relation = new AnswerRelation(new AnswerComparison(relativeTolerance), answerRows);
        this.answerRows = answerRows;
    }

    public List<QueryVerification> verify(List<EngineRun> engines) {
        return verify(engines, null);
    }

    /** {@code reference}: the engine (label) whose answers are right, or null for a strict majority. */
    public List<QueryVerification> verify(List<EngineRun> engines, String reference) {
        return verify(engines, reference, Map.of());
    }

    /** {@code expected}: the right answer of some queries, by query id; they are checked against it. */
    public List<QueryVerification> verify(
            List<EngineRun> engines, String reference, Map<String, ResultPreview> expected) {
        Map<String, List<Answer>> byQuery = new LinkedHashMap<>();
        for (EngineRun engine : engines) {
            for (QueryRun run : engine.queries()) {
                List<Answer> answers = byQuery.computeIfAbsent(run.id(), id -> new ArrayList<>());
                if (run.ok() && run.rows() != null) {
                    answers.add(Answer.of(engine.name(), run));
                }
            }
        }
        List<QueryVerification> verifications = new ArrayList<>();
        byQuery.forEach((query, answers) -> {
            ResultPreview right = expected.get(query);
            boolean checkable =
                    right != null && !answers.isEmpty() && answers.stream().allMatch(Answer::whole);
            verifications.add(
                    checkable
                            ? new ExpectedAnswerCheck(relation).verify(query, answers, right, groups(answers))
                            : verify(query, answers, reference));
        });
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
        List<List<String>> groupNames = names(groups);
        Optional<List<Answer>> named = groups.stream()
                .filter(g -> g.stream().anyMatch(a -> a.engine().equals(referenceEngine)))
                .findFirst();
        List<Answer> reference = named.orElse(groups.get(0).size() * 2 > answers.size() ? groups.get(0) : null);
        if (referenceEngine != null && named.isEmpty()) {
            note += "; the reference " + referenceEngine + " gave no answer";
        }
        Map<String, String> engines = new LinkedHashMap<>();
        if (groups.size() == 1) {
            Answer first = groups.get(0).get(0);
            List<QueryVerification.Mismatch> ties = new ArrayList<>();
            AnswerRelation.Kind weakest = AnswerRelation.Kind.SAME;
            for (Answer answer : answers) {
                AnswerRelation.Outcome outcome = relation.of(first, answer);
                if (outcome.kind() != AnswerRelation.Kind.SAME) {
                    ties.add(mismatch(first, answer, outcome));
                    weakest = weakest.weaker(outcome.kind());
                }
            }
            String status = QueryVerification.verdict(weakest);
            names.forEach(name -> engines.put(name, status));
            return new QueryVerification(
                    query,
                    status,
                    engines,
                    names,
                    groupNames,
                    named.isPresent() ? "engine" : "majority",
                    List.of(),
                    ties,
                    note);
        }
        if (reference == null) {
            names.forEach(name -> engines.put(name, QueryVerification.DISAGREE));
            Answer first = groups.get(0).get(0);
            List<QueryVerification.Mismatch> differences = groups.subList(1, groups.size()).stream()
                    .map(g -> mismatch(first, g.get(0), relation.of(first, g.get(0))))
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
        List<QueryVerification.Mismatch> unchecked = new ArrayList<>();
        for (Answer answer : answers) {
            AnswerRelation.Outcome outcome = relation.of(expected, answer);
            boolean matches = reference.contains(answer);
            engines.put(
                    answer.engine(),
                    matches || outcome.kind() == AnswerRelation.Kind.UNCHECKED_NULL_ORDER
                            ? QueryVerification.verdict(outcome.kind())
                            : QueryVerification.MISMATCH);
            if (!matches) {
                (outcome.kind() == AnswerRelation.Kind.UNCHECKED_NULL_ORDER ? unchecked : mismatches)
                        .add(mismatch(expected, answer, outcome));
            }
        }
        // answers that may differ only by NULL order, on keys the answer does not show: a majority does not make them
        // wrong
        boolean blamed = !mismatches.isEmpty();
        return new QueryVerification(
                query,
                blamed ? QueryVerification.MISMATCH : QueryVerification.DISAGREE,
                engines,
                reference.stream().map(Answer::engine).toList(),
                groupNames,
                named.isPresent() ? "engine" : "majority",
                mismatches,
                unchecked,
                blamed ? note : note + "; the others may differ by NULL order only: no engine is called wrong");
    }

    /** Sets of equal answers (a tie at the limit or a NULL order counts as equal), the largest first (engines' order on a tie). */
    List<List<Answer>> groups(List<Answer> answers) {
        List<List<Answer>> groups = new ArrayList<>();
        for (Answer answer : answers) {
            groups.stream()
                    .filter(g -> relation.of(g.get(0), answer).kind().agree())
                    .findFirst()
                    .ifPresentOrElse(g -> g.add(answer), () -> groups.add(new ArrayList<>(List.of(answer))));
        }
        groups.sort(Comparator.comparingInt(g -> -g.size()));
        return groups;
    }

    static List<List<String>> names(List<List<Answer>> groups) {
        return groups.stream().map(g -> g.stream().map(Answer::engine).toList()).toList();
    }

    static QueryVerification.Mismatch mismatch(Answer expected, Answer actual, AnswerRelation.Outcome outcome) {
        // equality within a tolerance is not transitive: the answer may be near this one and far from its group
        AnswerComparison.Difference d = outcome.difference() != null
                ? outcome.difference()
                : new AnswerComparison.Difference(
                        -1,
                        null,
                        null,
                        "within tolerance of " + expected.engine() + " but not of every engine that agrees with it");
        return new QueryVerification.Mismatch(
                actual.engine(), expected.engine(), d.row(), d.expected(), d.actual(), d.reason());
    }
}
