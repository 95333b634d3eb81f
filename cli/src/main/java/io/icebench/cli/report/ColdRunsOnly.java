package io.icebench.cli.report;

import io.icebench.cli.run.RunSummary;
import io.icebench.core.model.EngineRun;
import io.icebench.core.model.QueryRun;
import io.icebench.core.verify.QueryVerification;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BiPredicate;

/**
 * The verdict of a run without measured runs ({@code --iterations 0}): each engine's total of cold runs over the
 * queries every engine answered. One sample per query has no interval, so this is no ranking.
 */
final class ColdRunsOnly {

    private ColdRunsOnly() {}

    /**
     * The line to print, or null when some query has measured runs or no cold run succeeded; an answer the check
     * found different ({@code verification}, null when not checked) counts as no answer.
     */
    static String verdict(List<EngineRun> engines, List<QueryVerification> verification) {
        Set<String> differing = RunSummary.differingAnswers(verification);
        BiPredicate<EngineRun, QueryRun> answered = (engine, query) ->
                query.ok() && query.coldMs() != null && !differing.contains(RunSummary.key(engine.name(), query.id()));
        List<EngineRun> cold = engines.stream()
                .filter(e -> e.queries().stream().anyMatch(q -> answered.test(e, q)))
                .toList();
        if (RunSummary.anyMeasured(engines) || cold.isEmpty()) {
            return null;
        }
        Set<String> compared = RunSummary.commonQueries(cold, answered);
        List<String> totals = new ArrayList<>();
        for (EngineRun engine : cold) {
            double total = engine.queries().stream()
                    .filter(q -> compared.contains(q.id()))
                    .mapToDouble(QueryRun::coldMs)
                    .sum();
            totals.add(engine.name() + " " + Format.ms(total));
        }
        return "🧊 Cold runs only (no measured runs): total of cold runs over " + compared.size() + " quer"
                + (compared.size() == 1 ? "y" : "ies") + " every engine answered: " + String.join(" · ", totals)
                + ". One run per query has no interval: this is no ranking (measure with --iterations 3 or more).";
    }
}
