package io.icebench.engines.sparkcomet;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.comet.CometExplainInfo$;
import org.apache.spark.sql.execution.SparkPlan;
import org.apache.spark.sql.execution.adaptive.AdaptiveSparkPlanExec;
import org.apache.spark.sql.execution.adaptive.QueryStageExec;
import scala.Option;
import scala.collection.JavaConverters;

/**
 * Which operators of an executed plan Comet ran natively and which Spark ran, and why Comet declined the rest
 * (Comet's own fallback reasons). Adaptive plans are read at their final stage plans; a reused exchange or
 * subquery is counted once, where it was first run; Spark's code-generation wrappers are not operators.
 */
record CometPlanStats(
        int nativeOperators,
        int sparkOperators,
        int transitions,
        Map<String, Integer> nativeByName,
        Map<String, Integer> sparkByName,
        Map<String, Integer> fallbackReasons) {

    /** Reasons are cut to this many characters (they can quote whole expressions). */
    static final int REASON_CHARS = 200;

    private static final Set<String> WRAPPERS = Set.of(
            "WholeStageCodegenExec",
            "InputAdapter",
            // reads a finished stage's shuffle output as it is (columnar from a Comet exchange); computes nothing
            "AQEShuffleReadExec",
            "SubqueryExec",
            "SubqueryBroadcastExec",
            "SubqueryAdaptiveBroadcastExec");
    private static final Set<String> REUSED = Set.of("ReusedExchangeExec", "ReusedSubqueryExec");

    static CometPlanStats of(SparkPlan plan) {
        Counter counter = new Counter();
        counter.walk(plan);
        return new CometPlanStats(
                counter.nativeByName.values().stream()
                        .mapToInt(Integer::intValue)
                        .sum(),
                counter.sparkByName.values().stream()
                        .mapToInt(Integer::intValue)
                        .sum(),
                counter.transitions,
                counter.nativeByName,
                counter.sparkByName,
                counter.reasons);
    }

    /** Comet's share of the plan's operators, 0 to 1 (1 when the plan has none, as for a command). */
    double nativeShare() {
        int all = nativeOperators + sparkOperators;
        return all == 0 ? 1.0 : Math.round(1000.0 * nativeOperators / all) / 1000.0;
    }

    /**
     * The figures as an iteration's {@code engine_stats}: totals and share, then one entry per operator name
     * ({@code native.CometHashAggregateExec}, {@code spark.SortMergeJoin}) and per fallback reason
     * ({@code fallback: <Comet's reason>}), each with its count.
     */
    Map<String, Number> engineStats() {
        Map<String, Number> stats = new LinkedHashMap<>();
        stats.put("comet_native_operators", nativeOperators);
        stats.put("spark_operators", sparkOperators);
        stats.put("native_share", nativeShare());
        stats.put("columnar_row_transitions", transitions);
        nativeByName.forEach((name, count) -> stats.put("native." + name, count));
        sparkByName.forEach((name, count) -> stats.put("spark." + name, count));
        fallbackReasons.forEach((reason, count) -> stats.put("fallback: " + reason, count));
        return stats;
    }

    private static final class Counter {
        private final Map<String, Integer> nativeByName = new TreeMap<>();
        private final Map<String, Integer> sparkByName = new TreeMap<>();
        private final Map<String, Integer> reasons = new TreeMap<>();
        private int transitions;

        void walk(SparkPlan plan) {
            if (plan instanceof AdaptiveSparkPlanExec adaptive) {
                walk(adaptive.executedPlan());
                return;
            }
            if (plan instanceof QueryStageExec stage) {
                walk(stage.plan());
                return;
            }
            String name = plan.getClass().getSimpleName();
            if (REUSED.contains(name)) {
                return;
            }
            if (isTransition(name)) {
                transitions++;
            } else if (name.startsWith("Comet")) {
                nativeByName.merge(name, 1, Integer::sum);
            } else if (!WRAPPERS.contains(name)) {
                sparkByName.merge(name, 1, Integer::sum);
                // the reasons Comet tagged this operator with when it declined it
                Option<scala.collection.immutable.Set<String>> tagged =
                        plan.getTagValue(CometExplainInfo$.MODULE$.EXTENSION_INFO());
                if (tagged.isDefined()) {
                    JavaConverters.setAsJavaSet(tagged.get()).forEach(this::reason);
                }
            }
            JavaConverters.seqAsJavaList(plan.children()).forEach(this::walk);
            JavaConverters.seqAsJavaList(plan.subqueries()).forEach(this::walk);
        }

        private void reason(String text) {
            String line = text.strip().replaceAll("\\s+", " ");
            reasons.merge(line.length() > REASON_CHARS ? line.substring(0, REASON_CHARS) + "…" : line, 1, Integer::sum);
        }

        private static boolean isTransition(String name) {
            return name.contains("ColumnarToRow") || name.contains("RowToColumnar") || name.contains("SparkToColumnar");
        }
    }
}
