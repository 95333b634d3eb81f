package io.icebench.cli.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.icebench.cli.run.RunSummary;
import io.icebench.core.model.BenchmarkResults;
import io.icebench.core.model.RunVerdict;
import io.icebench.core.verify.QueryVerification;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Polars answers q3 faster than DuckDB but differently: that time is not ranked (FixedResults). */
class WrongAnswerVerdictTest {

    @Test
    void aDifferingAnswerCountsAsAFailedQueryInTheVerdict() {
        BenchmarkResults run = FixedResults.run();
        RunVerdict verdict = run.summary();
        assertThat(verdict.comparedQueries()).containsExactly("q1");
        assertThat(verdict.fastestPerQuery()).doesNotContainKey("q3");
        assertThat(verdict.comparisons()).extracting(c -> c.query()).containsOnly("q1");
        assertThat(verdict.totalMedianMs()).containsEntry("duckdb", 40.0).containsEntry("polars", 95.0);
    }

    @Test
    void enginesThatAnsweredNoQueryAlikeAreNotRankedOverNothing() {
        BenchmarkResults run = FixedResults.run();
        // duckdb's q1 now differs too: duckdb keeps q2 alone, polars q1 alone, nothing in common
        List<QueryVerification> verification = run.verification().stream()
                .map(v -> v.query().equals("q1")
                        ? new QueryVerification(
                                "q1",
                                QueryVerification.MISMATCH,
                                Map.of("duckdb", "mismatch", "polars", "match"),
                                List.of("polars"),
                                List.of(List.of("polars"), List.of("duckdb")),
                                "expected",
                                List.of(),
                                List.of(),
                                "")
                        : v)
                .toList();
        RunVerdict verdict = RunSummary.of(run.engines(), verification);
        assertThat(verdict.comparedQueries()).isEmpty();
        assertThat(verdict.fastest()).isNull();
        assertThat(verdict.comparisons()).isEmpty();
    }

    @Test
    void withoutAnswerChecksEveryMeasuredTimeCounts() {
        RunVerdict unchecked = RunSummary.of(FixedResults.run().engines(), null);
        assertThat(unchecked.comparedQueries()).containsExactly("q1", "q3");
        assertThat(unchecked.fastestPerQuery()).containsEntry("q3", "polars");
    }
}
