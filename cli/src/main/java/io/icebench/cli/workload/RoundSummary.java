package io.icebench.cli.workload;

import io.icebench.core.model.BenchmarkResults;
import io.icebench.core.model.EngineRun;
import io.icebench.core.model.QueryRun;
import io.icebench.core.model.RunSettings;
import io.icebench.core.model.TableInfo;
import io.icebench.core.verify.QueryVerification;
import io.icebench.core.workload.EngineRound;
import io.icebench.core.workload.ReadRound;
import io.icebench.core.workload.TableState;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Makes a read phase's {@link BenchmarkResults} into the workload's {@link ReadRound}. */
final class RoundSummary {

    private RoundSummary() {}

    static ReadRound of(
            int round,
            PlannedPhase phase,
            List<String> after,
            BenchmarkResults results,
            Map<String, Integer> snapshotCounts,
            String resultsFile) {
        List<TableState> tables =
                results.tables().stream().map(t -> state(t, snapshotCounts)).toList();
        double planMs = tables.stream().mapToDouble(TableState::planMs).sum();
        List<EngineRound> engines = results.engines().stream()
                .map(e -> engine(e, plansInsideQuery(results.settings(), e.name()) ? null : planMs))
                .toList();
        List<String> mismatched = results.verification() == null
                ? List.of()
                : results.verification().stream()
                        .filter(v -> QueryVerification.MISMATCH.equals(v.status())
                                || QueryVerification.DISAGREE.equals(v.status()))
                        .map(RoundSummary::whoDiffers)
                        .toList();
        boolean verified = results.verification() != null && mismatched.isEmpty();
        return new ReadRound(
                round,
                phase.id(),
                after,
                after.contains("compact"),
                tables,
                engines,
                verified,
                mismatched,
                resultsFile);
    }

    /** {@code q1 (polars)}: the query and the engines whose answer is not the reference's. */
    private static String whoDiffers(QueryVerification v) {
        List<String> engines = v.engines().entrySet().stream()
                .filter(e -> !QueryVerification.MATCH.equals(e.getValue()))
                .map(Map.Entry::getKey)
                .toList();
        return engines.isEmpty() ? v.query() : v.query() + " (" + String.join(", ", engines) + ")";
    }

    private static TableState state(TableInfo t, Map<String, Integer> snapshotCounts) {
        String name = t.name().substring(t.name().indexOf('.') + 1); // namespace.table
        return new TableState(
                name,
                t.snapshotId(),
                t.dataFiles(),
                t.deleteFiles(),
                snapshotCounts.getOrDefault(name, 0),
                t.rows(),
                t.planning() == null ? 0 : t.planning().planMs());
    }

    private static EngineRound engine(EngineRun run, Double planningMs) {
        Map<String, EngineRound.QueryMedian> queries = new LinkedHashMap<>();
        for (QueryRun q : run.queries()) {
            if (q.ok() && q.stats() != null) {
                queries.put(
                        q.id(),
                        new EngineRound.QueryMedian(
                                q.stats().medianMs(),
                                q.stats().ciLowMs(),
                                q.stats().ciHighMs(),
                                q.rows()));
            }
        }
        double suite = queries.values().stream()
                .mapToDouble(EngineRound.QueryMedian::medianMs)
                .sum();
        return new EngineRound(run.name(), run.status().label(), suite, queries, planningMs);
    }

    private static boolean plansInsideQuery(RunSettings settings, String label) {
        return settings != null
                && settings.engines().stream().anyMatch(e -> e.label().equals(label) && e.plansInsideQuery());
    }
}
