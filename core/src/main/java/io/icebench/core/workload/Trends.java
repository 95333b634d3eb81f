package io.icebench.core.workload;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Each engine's suite time across read rounds, its degradation rate and the gain of the first compaction.
 *
 * <p>Degradation rate (LST-Bench): the mean of the relative changes between consecutive read phases,
 * {@code (1/n) Σ (M[i] − M[i−1]) / M[i−1]} for i = 1..n, where M[i] is the suite time of round i. Here it is
 * taken over the rounds before the first compaction, which is what the table's writes did to the reads.
 * Compaction gain: {@code (M[c−1] − M[c]) / M[c−1]}, c the first round after a compaction; positive when
 * compaction made the suite faster.
 */
public final class Trends {

    private Trends() {}

    public static List<EngineTrend> of(List<ReadRound> rounds) {
        Set<String> engines = new LinkedHashSet<>();
        rounds.forEach(r -> r.engines().forEach(e -> engines.add(e.engine())));
        return engines.stream().map(engine -> trend(engine, rounds)).toList();
    }

    private static EngineTrend trend(String engine, List<ReadRound> rounds) {
        List<String> queries = commonQueries(engine, rounds);
        List<Double> suite = new ArrayList<>();
        if (!queries.isEmpty()) {
            for (ReadRound round : rounds) {
                EngineRound e = find(round, engine);
                suite.add(queries.stream()
                        .mapToDouble(q -> e.queries().get(q).medianMs())
                        .sum());
            }
        }
        int compaction = -1;
        for (int i = 0; i < rounds.size() && compaction < 0; i++) {
            if (rounds.get(i).compacted()) {
                compaction = i;
            }
        }
        int degradingRounds = compaction < 0 ? suite.size() : Math.min(compaction, suite.size());
        Double gain = compaction > 0 && compaction < suite.size()
                ? relativeChange(suite.get(compaction - 1), suite.get(compaction)) * -1
                : null;
        return new EngineTrend(engine, queries, suite, degradationRate(suite.subList(0, degradingRounds)), gain);
    }

    /** LST-Bench's degradation rate of a series of phase times; null with fewer than two. */
    public static Double degradationRate(List<Double> times) {
        if (times.size() < 2) {
            return null;
        }
        double sum = 0;
        for (int i = 1; i < times.size(); i++) {
            sum += relativeChange(times.get(i - 1), times.get(i));
        }
        return sum / (times.size() - 1);
    }

    private static double relativeChange(double before, double after) {
        return before > 0 ? (after - before) / before : 0;
    }

    /** The queries this engine completed in every round, in the order of the first round. */
    private static List<String> commonQueries(String engine, List<ReadRound> rounds) {
        List<String> common = null;
        for (ReadRound round : rounds) {
            EngineRound e = find(round, engine);
            if (e == null) {
                return List.of();
            }
            if (common == null) {
                common = new ArrayList<>(e.queries().keySet());
            } else {
                common.retainAll(e.queries().keySet());
            }
        }
        return common == null ? List.of() : common;
    }

    private static EngineRound find(ReadRound round, String engine) {
        return round.engines().stream()
                .filter(e -> e.engine().equals(engine))
                .findFirst()
                .orElse(null);
    }
}
