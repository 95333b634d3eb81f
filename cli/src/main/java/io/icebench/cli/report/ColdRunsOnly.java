package io.icebench.cli.report;

import io.icebench.cli.run.RunSummary;
import io.icebench.core.model.EngineRun;
import io.icebench.core.model.QueryRun;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The verdict of a run without measured runs ({@code --iterations 0}): each engine's total of cold runs over the
 * queries every engine answered. One sample per query has no interval, so this is no ranking.
 */
final class ColdRunsOnly {

    private ColdRunsOnly() {}

    /** The line to print, or null when some query has measured runs or no cold run succeeded. */
    static String verdict(List<EngineRun> engines) {
        List<EngineRun> cold = engines.stream()
                .filter(e -> e.queries().stream().anyMatch(ColdRunsOnly::answered))
                .toList();
        if (RunSummary.anyMeasured(engines) || cold.isEmpty()) {
            return null;
        }
        Set<String> compared = RunSummary.commonQueries(cold, ColdRunsOnly::answered);
        List<String> totals = new ArrayList<>();
        for (EngineRun engine : cold) {
            double total = engine.queries().stream()
                    .filter(q -> compared.contains(q.id()) && answered(q))
                    .mapToDouble(QueryRun::coldMs)
                    .sum();
            totals.add(engine.name() + " " + Format.ms(total));
        }
        return "🧊 Cold runs only (no measured runs): total of cold runs over " + compared.size() + " quer"
                + (compared.size() == 1 ? "y" : "ies") + " every engine answered: " + String.join(" · ", totals)
                + ". One run per query has no interval: this is no ranking (measure with --iterations 3 or more).";
    }

    private static boolean answered(QueryRun query) {
        return query.ok() && query.coldMs() != null;
    }
}
