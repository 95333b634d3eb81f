package io.icebench.core.workload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TrendsTest {

    @Test
    void degradationRateIsTheMeanRelativeChangeBetweenConsecutiveTimes() {
        // +10%, +20%, -50%: mean -6.67%
        assertThat(Trends.degradationRate(List.of(100.0, 110.0, 132.0, 66.0))).isCloseTo(-0.2 / 3, within(1e-12));
        assertThat(Trends.degradationRate(List.of(100.0))).isNull();
    }

    @Test
    void ratesStopAtTheFirstCompactionAndTheGainComparesItsTwoSides() {
        List<ReadRound> rounds = List.of(
                round(0, false, Map.of("q1", 10.0, "q2", 90.0)),
                round(1, false, Map.of("q1", 20.0, "q2", 100.0)),
                round(2, false, Map.of("q1", 30.0, "q2", 120.0)),
                round(3, true, Map.of("q1", 10.0, "q2", 65.0)));
        EngineTrend trend = Trends.of(rounds).get(0);
        assertThat(trend.suiteMs()).containsExactly(100.0, 120.0, 150.0, 75.0);
        assertThat(trend.degradationRate()).isCloseTo((0.2 + 0.25) / 2, within(1e-12));
        assertThat(trend.compactionGain()).isCloseTo(0.5, within(1e-12));
    }

    @Test
    void onlyQueriesCompletedInEveryRoundAreSummed() {
        List<ReadRound> rounds =
                List.of(round(0, false, Map.of("q1", 10.0, "q2", 90.0)), round(1, false, Map.of("q1", 20.0)));
        EngineTrend trend = Trends.of(rounds).get(0);
        assertThat(trend.queries()).containsExactly("q1");
        assertThat(trend.suiteMs()).containsExactly(10.0, 20.0);
        assertThat(trend.degradationRate()).isEqualTo(1.0);
        assertThat(trend.compactionGain()).isNull();
    }

    private static ReadRound round(int n, boolean compacted, Map<String, Double> medians) {
        Map<String, EngineRound.QueryMedian> queries = new LinkedHashMap<>();
        medians.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .forEach(e -> queries.put(
                        e.getKey(), new EngineRound.QueryMedian(e.getValue(), e.getValue(), e.getValue(), 1L)));
        EngineRound engine = new EngineRound(
                "duckdb", "ok", medians.values().stream().mapToDouble(d -> d).sum(), queries, null);
        return new ReadRound(
                n, "read", List.of(), compacted, List.of(), List.of(engine), true, List.of(), "r" + n + ".json");
    }
}
