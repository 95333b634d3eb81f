package io.icebench.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.icebench.core.result.CanonicalValue;
import io.icebench.core.result.ResultFingerprint;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResultFingerprintTest {

    private static String fingerprint(boolean ordered, List<Object[]> rows) {
        ResultFingerprint f = new ResultFingerprint(ordered);
        rows.forEach(f::add);
        return f.value();
    }

    @Test
    void unorderedResultsIgnoreRowOrderButNotContent() {
        Object[] a = {1L, "A", LocalDate.of(1998, 9, 2)};
        Object[] b = {2L, "B", null};
        assertThat(fingerprint(false, List.of(a, b))).isEqualTo(fingerprint(false, List.of(b, a)));
        assertThat(fingerprint(true, List.of(a, b))).isNotEqualTo(fingerprint(true, List.of(b, a)));
        assertThat(fingerprint(false, List.of(a, b))).isNotEqualTo(fingerprint(false, List.of(a, a)));
        assertThat(fingerprint(false, List.of(a, b))).startsWith("u:");
    }

    @Test
    void numbersCompareByValueAcrossTypes() {
        // a decimal average rounded to 6 places (Spark) and a double average (DuckDB) of the same data
        assertThat(CanonicalValue.of(new BigDecimal("25.522005"))).isEqualTo(CanonicalValue.of(25.52200585));
        assertThat(CanonicalValue.of(new BigDecimal("14876.00"))).isEqualTo(CanonicalValue.of(14876L));
        assertThat(CanonicalValue.of(14876.0)).isEqualTo("14876");
        assertThat(CanonicalValue.of(0.0)).isEqualTo(CanonicalValue.of(new BigDecimal("0.0000")));
        assertThat(CanonicalValue.of(1193053.2253)).isNotEqualTo(CanonicalValue.of(1194053.2253));
        assertThat(CanonicalValue.of(null)).isEqualTo("\\N");
        assertThat(CanonicalValue.of(java.sql.Date.valueOf("1995-03-15"))).isEqualTo("1995-03-15");
    }

    /** The same vector is produced by python/icebench_worker/fingerprint.py: both workers must agree. */
    @Test
    void matchesThePythonWorkersFingerprint() {
        assertThat(fingerprint(false, List.<Object[]>of(new Object[] {1L, "A", null})))
                .isEqualTo("u:184bc8876e965bcb");
    }
}
