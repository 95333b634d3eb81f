package io.icebench.cli.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.icebench.core.sql.ReadOnlyGuard;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BuiltInSuiteReadOnlyTest {

    @Test
    void everyTpchQueryAndVariantIsOneReadOnlyStatement() {
        List<Query> queries = QuerySuite.load("tpch", Set.of(), List.of("duckdb", "polars", "arrow", "spark", "trino"));
        assertThat(queries).hasSize(22);
        int texts = 0;
        for (Query query : queries) {
            assertThat(ReadOnlyGuard.refusal(query.sql())).as(query.id()).isEmpty();
            for (var variant : query.variants().entrySet()) {
                assertThat(ReadOnlyGuard.refusal(variant.getValue()))
                        .as(query.id() + " for " + variant.getKey())
                        .isEmpty();
                texts++;
            }
        }
        assertThat(texts).as("the Polars variants were read").isPositive();
    }
}
