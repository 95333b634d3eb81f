package io.icebench.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.icebench.core.model.EngineRun;
import io.icebench.core.model.ResultPreview;
import io.icebench.core.verify.AnswerVerifier;
import io.icebench.core.verify.OrderByLimit;
import io.icebench.core.verify.QueryVerification;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Answers of TPC-DS shape (ORDER BY ... LIMIT n, sort keys tied at the cut) from two or three engines. */
class TieAtLimitTest {

    private static final String SQL = "WITH ranked AS (SELECT c_last_name, c_first_name, SUM(ss_net_paid) AS paid, "
            + "ROW_NUMBER() OVER (PARTITION BY c_last_name ORDER BY c_first_name) AS rn FROM store_sales "
            + "GROUP BY c_last_name, c_first_name) SELECT c.c_last_name, paid, c_first_name FROM ranked c "
            + "ORDER BY c.c_last_name ASC, \"paid\" DESC NULLS LAST LIMIT 4;";
    private static final List<String> COLUMNS = List.of("c_last_name", "paid", "c_first_name");
    private static final List<String> TYPES = List.of("text", "decimal", "text");

    private final AnswerVerifier verifier = new AnswerVerifier(1e-9, 1000);

    private static List<Object> row(String last, String paid, String first) {
        return List.of(last, new BigDecimal(paid), first);
    }

    private static EngineRun engine(String name, String sql, List<List<Object>> rows) {
        ResultPreview answer = new ResultPreview(COLUMNS, TYPES, rows);
        return AnsweredEngine.of(name, sql, answer, "fp-" + name);
    }

    /** Adams 30, Baker 20, then Clark 10 twice (Carl, Cora) and the LIMIT keeps one of the Clarks. */
    private static List<List<Object>> cutAt(String clark) {
        return List.of(
                row("Adams", "30.00", "Ann"),
                row("Baker", "25.00", "Bob"),
                row("Baker", "20.00", "Bea"),
                row("Clark", "10.00", clark));
    }

    private QueryVerification verify(String sql, List<List<Object>> a, List<List<Object>> b) {
        return verifier.verify(List.of(engine("duckdb", sql, a), engine("spark", sql, b)), null)
                .get(0);
    }

    @Test
    void rowsDifferingOnlyAtTheCutKeyAreATieNotAMismatch() {
        QueryVerification v = verify(SQL, cutAt("Carl"), cutAt("Cora"));
        assertThat(v.status()).isEqualTo(QueryVerification.TIE_AT_LIMIT);
        assertThat(v.failed()).isFalse();
        assertThat(v.engines()).isEqualTo(Map.of("duckdb", "tie-at-limit", "spark", "tie-at-limit"));
        assertThat(v.mismatches()).isEmpty();
        assertThat(v.groups()).containsExactly(List.of("duckdb", "spark"));
        assertThat(v.differences()).singleElement().satisfies(d -> {
            assertThat(d.row()).isEqualTo(3);
            assertThat(d.reason()).contains("tie at the limit");
        });
    }

    @Test
    void aDifferenceBeforeTheCutIsStillADifference() {
        List<List<Object>> other = new ArrayList<>(cutAt("Cora"));
        other.set(0, row("Adams", "31.00", "Ann"));
        assertThat(verify(SQL, cutAt("Carl"), other).status()).isEqualTo(QueryVerification.DISAGREE);
    }

    @Test
    void aDifferentKeyAtTheCutIsADifference() {
        List<List<Object>> other = new ArrayList<>(cutAt("Carl"));
        other.set(3, row("Clark", "9.00", "Cora"));
        assertThat(verify(SQL, cutAt("Carl"), other).status()).isEqualTo(QueryVerification.DISAGREE);
    }

    @Test
    void withoutACutTheLastPeersMustBeTheSame() {
        String sql = SQL.replace("LIMIT 4", "LIMIT 5");
        assertThat(verify(sql, cutAt("Carl"), cutAt("Cora")).status()).isEqualTo(QueryVerification.DISAGREE);
        String noLimit = SQL.replace("LIMIT 4", "");
        assertThat(verify(noLimit, cutAt("Carl"), cutAt("Cora")).status()).isEqualTo(QueryVerification.DISAGREE);
    }

    @Test
    void peersInAnotherOrderAreTheSameAnswer() {
        String byName = SQL.replace("ORDER BY c.c_last_name ASC, \"paid\" DESC NULLS LAST", "ORDER BY 1");
        List<List<Object>> swapped = List.of(
                row("Adams", "30.00", "Ann"),
                row("Baker", "20.00", "Bea"),
                row("Baker", "25.00", "Bob"),
                row("Clark", "10.00", "Carl"));
        QueryVerification v = verify(byName, cutAt("Carl"), swapped);
        assertThat(v.status()).isEqualTo(QueryVerification.MATCH);
    }

    @Test
    void anOrderByExpressionFallsBackToAMismatch() {
        String expression = SQL.replace("ORDER BY c.c_last_name ASC", "ORDER BY UPPER(c.c_last_name)");
        assertThat(verify(expression, cutAt("Carl"), cutAt("Cora")).status()).isEqualTo(QueryVerification.DISAGREE);
        String hidden = SQL.replace("\"paid\"", "rn");
        assertThat(verify(hidden, cutAt("Carl"), cutAt("Cora")).status()).isEqualTo(QueryVerification.DISAGREE);
    }

    @Test
    void aThirdEngineThatTiesDoesNotOutvoteTheOthers() {
        QueryVerification v = verifier.verify(
                        List.of(
                                engine("duckdb", SQL, cutAt("Carl")),
                                engine("trino", SQL, cutAt("Carl")),
                                engine("spark", SQL, cutAt("Cora"))),
                        null)
                .get(0);
        assertThat(v.status()).isEqualTo(QueryVerification.TIE_AT_LIMIT);
        assertThat(v.mismatches()).isEmpty();
        assertThat(v.differences())
                .singleElement()
                .satisfies(d -> assertThat(d.engine()).isEqualTo("spark"));
    }

    @Test
    void theExpectedAnswerIsTheReference() {
        Map<String, ResultPreview> expected = Map.of("q", new ResultPreview(COLUMNS, TYPES, cutAt("Cora")));
        QueryVerification tie = verifier.verify(List.of(engine("duckdb", SQL, cutAt("Carl"))), null, expected)
                .get(0);
        assertThat(tie.status()).isEqualTo(QueryVerification.TIE_AT_LIMIT);
        assertThat(tie.reference()).isEqualTo(AnswerVerifier.EXPECTED);
        List<List<Object>> wrong = new ArrayList<>(cutAt("Cora"));
        wrong.set(1, row("Baker", "26.00", "Bob"));
        Map<String, ResultPreview> wrongExpected = Map.of("q", new ResultPreview(COLUMNS, TYPES, wrong));
        QueryVerification mismatch = verifier.verify(
                        List.of(engine("duckdb", SQL, cutAt("Carl")), engine("spark", SQL, cutAt("Carl"))),
                        null,
                        wrongExpected)
                .get(0);
        assertThat(mismatch.status()).isEqualTo(QueryVerification.MISMATCH);
        assertThat(mismatch.engines()).isEqualTo(Map.of("duckdb", "mismatch", "spark", "mismatch"));
        assertThat(mismatch.mismatches())
                .allSatisfy(m -> assertThat(m.against()).isEqualTo("expected"));
        assertThat(mismatch.note()).contains("the expected answer may be wrong");
    }

    @Test
    void orderByOfTheOutermostQueryAndItsLimit() {
        OrderByLimit order = OrderByLimit.of(SQL).orElseThrow();
        assertThat(order.limit()).isEqualTo(4L);
        assertThat(order.columns(COLUMNS)).contains(List.of(0, 1));
        assertThat(OrderByLimit.of("SELECT a, b FROM t ORDER BY 2 DESC FETCH FIRST 10 ROWS ONLY")
                        .orElseThrow())
                .satisfies(o -> {
                    assertThat(o.limit()).isEqualTo(10L);
                    assertThat(o.columns(List.of("a", "b"))).contains(List.of(1));
                });
        assertThat(OrderByLimit.of("SELECT * FROM (SELECT a FROM t ORDER BY a LIMIT 3) x"))
                .isEmpty();
        assertThat(OrderByLimit.of("SELECT a FROM t ORDER BY a").orElseThrow().limit())
                .isNull();
    }
}
