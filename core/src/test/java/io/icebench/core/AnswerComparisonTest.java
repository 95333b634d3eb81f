package io.icebench.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.icebench.core.model.ResultPreview;
import io.icebench.core.verify.AnswerComparison;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnswerComparisonTest {

    private final AnswerComparison comparison = new AnswerComparison(1e-9);

    private static ResultPreview answer(List<String> types, List<Object>... rows) {
        List<String> columns = types.stream().map(t -> "c_" + t).toList();
        return new ResultPreview(columns, types, List.of(rows));
    }

    private static BigDecimal d(String text) {
        return new BigDecimal(text);
    }

    @Test
    void aDecimalRoundedToItsScaleEqualsTheFloatItRounds() {
        // Spark: avg of DECIMAL(15,2) as DECIMAL(19,6); DuckDB: the same average as a double
        ResultPreview spark = answer(List.of("text", "decimal"), List.of("A", d("0.050145")));
        ResultPreview duckdb = answer(List.of("text", "float"), List.of("A", d("0.05014459706340077")));
        assertThat(comparison.compare(duckdb, spark, true)).isEmpty();
        assertThat(comparison.compare(spark, duckdb, true)).isEmpty();
        // one unit of the sixth place off is not a rounding of it
        ResultPreview wrong = answer(List.of("text", "decimal"), List.of("A", d("0.050146")));
        assertThat(comparison.compare(duckdb, wrong, true)).isPresent();
    }

    @Test
    void aDecimalQuotientCutAfterItsScaleEqualsTheFloat() {
        // Acero divides decimals to SQL's scale by cutting the digits after it (TPC-H Q14: 15.486545...)
        ResultPreview duckdb = answer(List.of("float"), List.of(15.48654581228407));
        ResultPreview arrow = answer(List.of("decimal"), List.of(d("15.486545")));
        assertThat(comparison.compare(duckdb, arrow, true)).isEmpty();
        assertThat(comparison.compare(arrow, duckdb, true)).isEmpty();
        // neither cut nor rounded
        assertThat(comparison.compare(duckdb, answer(List.of("decimal"), List.of(d("15.486544"))), true))
                .isPresent();
        ResultPreview negative = answer(List.of("float"), List.of(-15.48654581228407));
        assertThat(comparison.compare(negative, answer(List.of("decimal"), List.of(d("-15.486545"))), true))
                .isEmpty();
    }

    @Test
    void aSumOfProductsRoundedEachToTwoPlacesIsAMismatch() {
        // Polars keeps scale 2 on DECIMAL(15,2) products: the sum drifts beyond half a cent
        ResultPreview exact = answer(List.of("integer", "decimal"), List.of(405063L, d("353125.4577")));
        ResultPreview polars = answer(List.of("integer", "decimal"), List.of(405063L, d("353125.47")));
        AnswerComparison.Difference difference =
                comparison.compare(exact, polars, true).orElseThrow();
        assertThat(difference.row()).isZero();
        assertThat(difference.reason()).isEqualTo("column 2 (c_decimal): 353125.4577 against 353125.47");
        // correctly rounded to two places it would have matched
        assertThat(comparison.compare(
                        exact, answer(List.of("integer", "decimal"), List.of(405063L, d("353125.46"))), true))
                .isEmpty();
    }

    @Test
    void floatsMatchWithinTheRelativeToleranceOnly() {
        ResultPreview a = answer(List.of("float"), List.of(d("16.283855689005982")));
        assertThat(comparison.compare(a, answer(List.of("float"), List.of(d("16.283855689005990"))), true))
                .isEmpty();
        assertThat(comparison.compare(a, answer(List.of("float"), List.of(d("16.283855666697228"))), true))
                .isPresent();
        assertThat(new AnswerComparison(1e-6)
                        .compare(a, answer(List.of("float"), List.of(d("16.283855666697228"))), true))
                .isEmpty();
    }

    @Test
    void integersAndTextAreExactAndNullOnlyEqualsNull() {
        assertThat(comparison.compare(
                        answer(List.of("integer"), List.of(147790L)),
                        answer(List.of("decimal"), List.of(d("147790.00"))),
                        true))
                .isEmpty();
        assertThat(comparison.compare(
                        answer(List.of("integer"), List.of(147790L)),
                        answer(List.of("integer"), List.of(147791L)),
                        true))
                .isPresent();
        assertThat(comparison.compare(
                        answer(List.of("text"), List.of("1995-03-03")),
                        answer(List.of("date"), List.of("1995-03-03")),
                        true))
                .isEmpty();
        List<Object> nullRow = new java.util.ArrayList<>();
        nullRow.add(null);
        assertThat(comparison.compare(answer(List.of("text"), nullRow), answer(List.of("text"), List.of("x")), true))
                .isPresent();
        assertThat(comparison.compare(answer(List.of("text"), nullRow), answer(List.of("text"), nullRow), true))
                .isEmpty();
    }

    @Test
    void rowOrderCountsOnlyWhenTheQueryOrders() {
        ResultPreview ab = answer(List.of("text", "integer"), List.of("a", 1L), List.of("b", 2L));
        ResultPreview ba = answer(List.of("text", "integer"), List.of("b", 2L), List.of("a", 1L));
        assertThat(comparison.compare(ab, ba, false)).isEmpty();
        AnswerComparison.Difference ordered = comparison.compare(ab, ba, true).orElseThrow();
        assertThat(ordered.row()).isZero();
        assertThat(ordered.expected()).containsExactly("a", 1L);
        assertThat(ordered.actual()).containsExactly("b", 2L);
    }

    @Test
    void missingRowsAndColumnsAreDifferences() {
        ResultPreview two = answer(List.of("integer"), List.of(1L), List.of(2L));
        ResultPreview one = answer(List.of("integer"), List.of(1L));
        AnswerComparison.Difference rows = comparison.compare(two, one, false).orElseThrow();
        assertThat(rows.reason()).isEqualTo("2 rows against 1");
        assertThat(rows.row()).isEqualTo(1);
        ResultPreview wide =
                new ResultPreview(List.of("x", "y"), List.of("integer", "integer"), List.of(List.of(1L, 2L)));
        assertThat(comparison.compare(one, wide, false).orElseThrow().reason()).isEqualTo("1 columns against 2");
    }
}
