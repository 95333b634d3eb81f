package io.icebench.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.icebench.core.model.EngineRun;
import io.icebench.core.model.ResultPreview;
import io.icebench.core.verify.AnswerVerifier;
import io.icebench.core.verify.QueryVerification;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AnswerVerifierTest {

    private final AnswerVerifier verifier = new AnswerVerifier(1e-9, 1000);

    /** Engines named with the count each returns for the query "q". */
    private static List<EngineRun> answers(Object... nameThenCount) {
        return java.util.stream.IntStream.range(0, nameThenCount.length / 2)
                .mapToObj(i -> {
                    String name = (String) nameThenCount[2 * i];
                    long count = ((Number) nameThenCount[2 * i + 1]).longValue();
                    ResultPreview answer = new ResultPreview(List.of("n"), List.of("integer"), List.of(List.of(count)));
                    return AnsweredEngine.of(name, "select count(*) as n from t", answer, "fp" + count);
                })
                .toList();
    }

    private QueryVerification verify(String reference, Object... nameThenCount) {
        List<QueryVerification> all = verifier.verify(answers(nameThenCount), reference);
        assertThat(all).hasSize(1);
        return all.get(0);
    }

    @Test
    void valuesCutInThePreviewAreComparedByFingerprintNotByTheirEqualPrefix() {
        List<EngineRun> runs = java.util.stream.Stream.of("a", "b")
                .map(fingerprint -> {
                    ResultPreview answer = new ResultPreview(
                            List.of("big"),
                            List.of("text"),
                            List.of(List.of(ResultPreview.cut("x".repeat(2000) + fingerprint, 1000))));
                    return AnsweredEngine.of(fingerprint, "select big from t", answer, "fp-" + fingerprint);
                })
                .toList();
        QueryVerification v = verifier.verify(runs, null).get(0);
        assertThat(v.status()).isNotEqualTo(QueryVerification.MATCH);
        assertThat(v.note()).contains("fingerprint");
    }

    @Test
    void allEqualIsAMatch() {
        QueryVerification v = verify(null, "duckdb", 5, "spark", 5);
        assertThat(v.status()).isEqualTo(QueryVerification.MATCH);
        assertThat(v.engines()).containsOnly(Map.entry("duckdb", "match"), Map.entry("spark", "match"));
        assertThat(v.failed()).isFalse();
    }

    @Test
    void oneAgainstOneIsADisagreementThatBlamesNoEngine() {
        QueryVerification v = verify(null, "arrow", 150000, "spark", 128572);
        assertThat(v.status()).isEqualTo(QueryVerification.DISAGREE);
        assertThat(v.failed()).isTrue();
        assertThat(v.engines()).containsOnly(Map.entry("arrow", "disagree"), Map.entry("spark", "disagree"));
        assertThat(v.agreeing()).isEmpty();
        assertThat(v.mismatches()).isEmpty();
        assertThat(v.reference()).isNull();
        assertThat(v.groups()).containsExactly(List.of("arrow"), List.of("spark"));
        assertThat(v.differences()).singleElement().satisfies(d -> {
            assertThat(d.reason()).contains("150000").contains("128572");
            assertThat(List.of(d.engine(), d.against())).containsExactlyInAnyOrder("arrow", "spark");
        });
    }

    @Test
    void oneAgainstOneWithAReferenceBlamesTheOther() {
        QueryVerification v = verify("spark", "arrow", 150000, "spark", 128572);
        assertThat(v.status()).isEqualTo(QueryVerification.MISMATCH);
        assertThat(v.reference()).isEqualTo("engine");
        assertThat(v.engines()).containsOnly(Map.entry("arrow", "mismatch"), Map.entry("spark", "match"));
        assertThat(v.mismatches()).singleElement().satisfies(m -> {
            assertThat(m.engine()).isEqualTo("arrow");
            assertThat(m.against()).isEqualTo("spark");
        });
    }

    @Test
    void twoAgainstOneIsAMajority() {
        QueryVerification v = verify(null, "arrow", 150000, "spark", 128572, "trino", 128572);
        assertThat(v.status()).isEqualTo(QueryVerification.MISMATCH);
        assertThat(v.reference()).isEqualTo("majority");
        assertThat(v.agreeing()).containsExactly("spark", "trino");
        assertThat(v.engines()).containsEntry("arrow", "mismatch");
        assertThat(v.mismatches())
                .singleElement()
                .extracting(QueryVerification.Mismatch::engine)
                .isEqualTo("arrow");
    }

    @Test
    void twoAgainstOneWithTheLoneEngineAsReferenceBlamesTheTwo() {
        QueryVerification v = verify("arrow", "arrow", 150000, "spark", 128572, "trino", 128572);
        assertThat(v.status()).isEqualTo(QueryVerification.MISMATCH);
        assertThat(v.agreeing()).containsExactly("arrow");
        assertThat(v.engines())
                .containsOnly(
                        Map.entry("arrow", "match"), Map.entry("spark", "mismatch"), Map.entry("trino", "mismatch"));
        assertThat(v.mismatches())
                .extracting(QueryVerification.Mismatch::against)
                .containsOnly("arrow");
    }

    @Test
    void twoAgainstTwoIsADisagreement() {
        QueryVerification v = verify(null, "a", 1, "b", 1, "c", 2, "d", 2);
        assertThat(v.status()).isEqualTo(QueryVerification.DISAGREE);
        assertThat(v.groups()).containsExactly(List.of("a", "b"), List.of("c", "d"));
        assertThat(v.engines().values()).containsOnly("disagree");
        assertThat(verify("c", "a", 1, "b", 1, "c", 2, "d", 2).engines())
                .containsOnly(
                        Map.entry("a", "mismatch"),
                        Map.entry("b", "mismatch"),
                        Map.entry("c", "match"),
                        Map.entry("d", "match"));
    }

    @Test
    void threeDifferentAnswersAreADisagreement() {
        QueryVerification v = verify(null, "a", 1, "b", 2, "c", 3);
        assertThat(v.status()).isEqualTo(QueryVerification.DISAGREE);
        assertThat(v.groups()).hasSize(3);
        assertThat(v.differences()).hasSize(2);
        QueryVerification named = verify("b", "a", 1, "b", 2, "c", 3);
        assertThat(named.status()).isEqualTo(QueryVerification.MISMATCH);
        assertThat(named.engines())
                .containsOnly(Map.entry("a", "mismatch"), Map.entry("b", "match"), Map.entry("c", "mismatch"));
    }

    @Test
    void aPluralityThatIsNoMajorityIsADisagreement() {
        QueryVerification v = verify(null, "a", 1, "b", 1, "c", 2, "d", 3);
        assertThat(v.status()).isEqualTo(QueryVerification.DISAGREE);
        assertThat(v.groups().get(0)).containsExactly("a", "b");
    }

    @Test
    void aReferenceThatGaveNoAnswerLeavesTheMajorityRule() {
        QueryVerification v = verify("spark", "arrow", 1, "duckdb", 2);
        assertThat(v.status()).isEqualTo(QueryVerification.DISAGREE);
        assertThat(v.note()).contains("the reference spark gave no answer");
        assertThat(verify(null, "duckdb", 1).status()).isEqualTo(QueryVerification.UNVERIFIED);
        assertThat(Arrays.asList(verify("duckdb", "duckdb", 1).status())).containsExactly("unverified");
    }
}
