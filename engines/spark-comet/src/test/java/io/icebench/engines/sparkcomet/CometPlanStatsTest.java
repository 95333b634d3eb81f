package io.icebench.engines.sparkcomet;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class CometPlanStatsTest {

    @Test
    void engineStatsNameEveryOperatorAndReasonWithItsCount() {
        CometPlanStats stats = new CometPlanStats(
                3,
                1,
                2,
                Map.of("CometHashAggregateExec", 2, "CometIcebergNativeScanExec", 1),
                Map.of("SortMergeJoinExec", 1),
                Map.of("SortMergeJoin is not supported", 1));
        assertThat(stats.engineStats())
                .containsEntry("comet_native_operators", 3)
                .containsEntry("spark_operators", 1)
                .containsEntry("native_share", 0.75)
                .containsEntry("columnar_row_transitions", 2)
                .containsEntry("native.CometHashAggregateExec", 2)
                .containsEntry("spark.SortMergeJoinExec", 1)
                .containsEntry("fallback: SortMergeJoin is not supported", 1);
    }

    @Test
    void theShareIsRoundedToAThousandthAndWholeForAPlanWithoutOperators() {
        assertThat(new CometPlanStats(2, 1, 0, Map.of(), Map.of(), Map.of()).nativeShare())
                .isEqualTo(0.667);
        assertThat(new CometPlanStats(0, 0, 0, Map.of(), Map.of(), Map.of()).nativeShare())
                .isEqualTo(1.0);
    }
}
