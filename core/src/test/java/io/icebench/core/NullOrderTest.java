package io.icebench.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.icebench.core.model.EngineRun;
import io.icebench.core.model.ResultPreview;
import io.icebench.core.verify.AnswerVerifier;
import io.icebench.core.verify.OrderByLimit;
import io.icebench.core.verify.QueryVerification;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Answers of TPC-DS q79's shape (ORDER BY names that an outer join leaves NULL, then LIMIT) from engines that
 * sort NULLs to different ends: Spark first in ascending order, DuckDB and Polars last.
 */
class NullOrderTest {

    private static final String SQL =
            "SELECT c_last_name, c_first_name, amt FROM t ORDER BY c_last_name, c_first_name LIMIT 4";
    private static final List<String> COLUMNS = List.of("c_last_name", "c_first_name", "amt");
    private static final List<String> TYPES = List.of("text", "text", "integer");

    private final AnswerVerifier verifier = new AnswerVerifier(1e-9, 1000);

    private static List<Object> row(String last, String first, long amt) {
        return Arrays.asList(last, first, amt);
    }

    /** The full result, NULLs last: Adams Ann, Baker Bob, Baker (no first name), Clark Cy, then two without a last name. */
    private static final List<List<Object>> NULLS_LAST = List.of(
            row("Adams", "Ann", 1),
            row("Baker", "Bob", 2),
            row("Baker", null, 7),
            row("Clark", "Cy", 3),
            row(null, "Eve", 5),
            row(null, "Fay", 6));

    /** The same rows, NULLs first in both keys. */
    private static final List<List<Object>> NULLS_FIRST = List.of(
            row(null, "Eve", 5),
            row(null, "Fay", 6),
            row("Adams", "Ann", 1),
            row("Baker", null, 7),
            row("Baker", "Bob", 2),
            row("Clark", "Cy", 3));

    private static EngineRun engine(String name, String sql, List<List<Object>> rows) {
        ResultPreview answer = new ResultPreview(COLUMNS, TYPES, rows);
        return AnsweredEngine.of(name, sql, answer, "fp-" + name);
    }

    private QueryVerification verify(String sql, List<List<Object>> duckdb, List<List<Object>> spark) {
        return verifier.verify(List.of(engine("duckdb", sql, duckdb), engine("spark", sql, spark)), null)
                .get(0);
    }

    @Test
    void rowsTheLimitLetInBecauseOfWhereNullsSortAreANullOrderNotAMismatch() {
        QueryVerification v = verify(SQL, NULLS_LAST.subList(0, 4), NULLS_FIRST.subList(0, 4));
        assertThat(v.status()).isEqualTo(QueryVerification.NULL_ORDER);
        assertThat(v.failed()).isFalse();
        assertThat(v.engines()).isEqualTo(Map.of("duckdb", "null-order", "spark", "null-order"));
        assertThat(v.mismatches()).isEmpty();
        assertThat(v.differences())
                .singleElement()
                .satisfies(d -> assertThat(d.reason()).contains("NULL order"));
    }

    @Test
    void twoEnginesSortingNullsLastDoNotOutvoteTheOneSortingThemFirst() {
        QueryVerification v = verifier.verify(
                        List.of(
                                engine("duckdb", SQL, NULLS_LAST.subList(0, 4)),
                                engine("polars", SQL, NULLS_LAST.subList(0, 4)),
                                engine("spark", SQL, NULLS_FIRST.subList(0, 4))),
                        null)
                .get(0);
        assertThat(v.status()).isEqualTo(QueryVerification.NULL_ORDER);
        assertThat(v.mismatches()).isEmpty();
        assertThat(v.groups()).containsExactly(List.of("duckdb", "polars", "spark"));
    }

    @Test
    void sortedByAKeyTheAnswerDoesNotShowAMajorityDoesNotMakeTheOtherNullPlacementWrong() {
        String byExpression = SQL.replace("ORDER BY c_last_name,", "ORDER BY substr(c_last_name, 1, 30),");
        QueryVerification v = verifier.verify(
                        List.of(
                                engine("duckdb", byExpression, NULLS_LAST.subList(0, 4)),
                                engine("polars", byExpression, NULLS_LAST.subList(0, 4)),
                                engine("spark", byExpression, NULLS_FIRST.subList(0, 4))),
                        null)
                .get(0);
        assertThat(v.status()).isEqualTo(QueryVerification.DISAGREE);
        assertThat(v.engines()).containsEntry("spark", QueryVerification.DISAGREE);
        assertThat(v.mismatches()).isEmpty();
        assertThat(v.agreeing()).containsExactly("duckdb", "polars");
        List<List<Object>> noNull =
                List.of(row("Aaron", "Al", 9), row("Adams", "Ann", 1), row("Baker", "Bob", 2), row("Clark", "Cy", 3));
        QueryVerification wrong = verifier.verify(
                        List.of(
                                engine("duckdb", byExpression, NULLS_LAST.subList(0, 4)),
                                engine("polars", byExpression, NULLS_LAST.subList(0, 4)),
                                engine("spark", byExpression, noNull)),
                        null)
                .get(0);
        assertThat(wrong.status())
                .as("no NULL where the answers first differ: not a NULL order")
                .isEqualTo(QueryVerification.MISMATCH);
        assertThat(wrong.engines()).containsEntry("spark", QueryVerification.MISMATCH);
    }

    @Test
    void aWrongValueInARowBothLetInIsStillADifference() {
        List<List<Object>> wrong = new ArrayList<>(NULLS_FIRST.subList(0, 4));
        wrong.set(2, row("Adams", "Ann", 100));
        assertThat(verify(SQL, NULLS_LAST.subList(0, 4), wrong).status()).isEqualTo(QueryVerification.DISAGREE);
    }

    @Test
    void aMissingRowBeforeTheCutIsStillADifference() {
        List<List<Object>> skipsAdams =
                List.of(row(null, "Eve", 5), row(null, "Fay", 6), row("Baker", null, 7), row("Baker", "Bob", 2));
        assertThat(verify(SQL, NULLS_LAST.subList(0, 4), skipsAdams).status()).isEqualTo(QueryVerification.DISAGREE);
    }

    @Test
    void uncutAnswersWithTheSameRowsAreTheSameAnswer() {
        String noLimit = SQL.replace(" LIMIT 4", "");
        assertThat(verify(noLimit, NULLS_LAST, NULLS_FIRST).status()).isEqualTo(QueryVerification.MATCH);
        List<List<Object>> other = new ArrayList<>(NULLS_FIRST);
        other.set(1, row(null, "Fay", 60));
        assertThat(verify(noLimit, NULLS_LAST, other).status()).isEqualTo(QueryVerification.DISAGREE);
    }

    @Test
    void nullsPlacedInTheSqlLeaveNothingToTheEngine() {
        String placed =
                SQL.replace("c_last_name, c_first_name LIMIT", "c_last_name NULLS LAST, c_first_name NULLS LAST LIMIT");
        assertThat(verify(placed, NULLS_LAST.subList(0, 4), NULLS_FIRST.subList(0, 4))
                        .status())
                .isEqualTo(QueryVerification.DISAGREE);
    }

    @Test
    void theExpectedAnswerMayDifferInNullOrder() {
        Map<String, ResultPreview> expected = Map.of("q", new ResultPreview(COLUMNS, TYPES, NULLS_LAST.subList(0, 4)));
        QueryVerification v = verifier.verify(List.of(engine("spark", SQL, NULLS_FIRST.subList(0, 4))), null, expected)
                .get(0);
        assertThat(v.status()).isEqualTo(QueryVerification.NULL_ORDER);
        assertThat(v.reference()).isEqualTo(AnswerVerifier.EXPECTED);
    }

    @Test
    void eachSortItemSaysWhetherItPlacesItsNulls() {
        assertThat(OrderByLimit.of("SELECT a, b FROM t ORDER BY a DESC NULLS FIRST, b LIMIT 3")
                        .orElseThrow()
                        .nullsPlaced())
                .containsExactly(true, false);
    }
}
