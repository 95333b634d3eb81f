package io.icebench.core.verify;

import io.icebench.core.model.ResultPreview;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks every engine's answer to a query against the suite's expected answer: an engine matches it, ties
 * with it at the limit, differs from it in NULL order, or is a mismatch against {@link AnswerVerifier#EXPECTED},
 * even when every engine agrees (then the expected answer may be the wrong one, and the mismatch says so).
 */
final class ExpectedAnswerCheck {

    private final AnswerRelation relation;

    ExpectedAnswerCheck(AnswerRelation relation) {
        this.relation = relation;
    }

    QueryVerification verify(String query, List<Answer> answers, ResultPreview right, List<List<Answer>> groups) {
        Answer expected = new Answer(
                AnswerVerifier.EXPECTED,
                answers.get(0).sql(),
                right,
                (long) right.rows().size(),
                null);
        Map<String, String> engines = new LinkedHashMap<>();
        List<String> agreeing = new ArrayList<>();
        List<QueryVerification.Mismatch> mismatches = new ArrayList<>();
        List<QueryVerification.Mismatch> ties = new ArrayList<>();
        AnswerRelation.Kind weakest = AnswerRelation.Kind.SAME;
        for (Answer answer : answers) {
            AnswerRelation.Outcome outcome = relation.of(expected, answer);
            engines.put(answer.engine(), QueryVerification.verdict(outcome.kind()));
            if (outcome.kind() == AnswerRelation.Kind.DIFFERENT) {
                mismatches.add(AnswerVerifier.mismatch(expected, answer, outcome));
            } else if (outcome.kind() != AnswerRelation.Kind.SAME) {
                ties.add(AnswerVerifier.mismatch(expected, answer, outcome));
                weakest = weakest.weaker(outcome.kind());
            }
            if (outcome.kind().agree()) {
                agreeing.add(answer.engine());
            }
        }
        String status = !mismatches.isEmpty() ? QueryVerification.MISMATCH : QueryVerification.verdict(weakest);
        String note = "compared with the suite's expected answer"
                + (mismatches.size() == answers.size() && groups.size() == 1 && answers.size() > 1
                        ? "; every engine agrees on another answer: the expected answer may be wrong"
                        : "");
        return new QueryVerification(
                query,
                status,
                engines,
                agreeing,
                AnswerVerifier.names(groups),
                AnswerVerifier.EXPECTED,
                mismatches,
                ties,
                note);
    }
}
