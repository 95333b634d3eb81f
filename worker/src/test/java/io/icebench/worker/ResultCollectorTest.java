package io.icebench.worker;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResultCollectorTest {

    private static final List<Object[]> ROWS =
            List.of(new Object[] {"A", new BigDecimal("1.10"), 2.5, 7L}, new Object[] {"B", null, -0.0, 8L});

    @Test
    void anEqualResultTakesTheLastFingerprintAndADifferentOneIsComputed() {
        ResultCollector first = collect(false, ROWS, null);
        ResultCollector again = collect(false, copies(ROWS), first.lastResult());
        List<Object[]> other = List.of(ROWS.get(0), new Object[] {"B", null, 0.0, 9L});
        ResultCollector different = collect(false, other, again.lastResult());

        assertThat(again.fingerprint()).isEqualTo(first.fingerprint());
        assertThat(again.lastResult()).isSameAs(first.lastResult());
        assertThat(different.fingerprint())
                .isNotEqualTo(first.fingerprint())
                .isEqualTo(collect(false, other, null).fingerprint());
    }

    @Test
    void valuesEqualOnlyAsTextAndAnotherOrderingAreComputedAgain() {
        ResultCollector first = collect(false, ROWS, null);
        List<Object[]> rescaled = List.of(new Object[] {"A", new BigDecimal("1.1"), 2.5, 7L}, ROWS.get(1));

        ResultCollector sameText = collect(false, rescaled, first.lastResult());
        ResultCollector ordered = collect(true, copies(ROWS), first.lastResult());

        assertThat(sameText.lastResult()).isNotSameAs(first.lastResult());
        assertThat(sameText.fingerprint()).isEqualTo(first.fingerprint());
        assertThat(ordered.fingerprint())
                .startsWith("o:")
                .isEqualTo(collect(true, ROWS, null).fingerprint());
    }

    @Test
    void aResultOverTheKeptSizeIsNotKept() {
        List<Object[]> many = new ArrayList<>();
        for (long i = 0; i <= LastResult.MAX_ROWS; i++) {
            many.add(new Object[] {i});
        }
        assertThat(collect(false, many, null).lastResult()).isNull();
    }

    private static ResultCollector collect(boolean ordered, List<Object[]> rows, LastResult last) {
        ResultCollector collector = new ResultCollector(ordered, 100_000, 0, last);
        collector.columns(List.of("a", "b", "c", "d"));
        rows.forEach(collector::row);
        collector.finish();
        return collector;
    }

    private static List<Object[]> copies(List<Object[]> rows) {
        return rows.stream().map(Object[]::clone).toList();
    }
}
