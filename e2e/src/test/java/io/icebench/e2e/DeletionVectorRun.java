package io.icebench.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Partitioned TPC-H with deletion vectors ({@link MutatedTpch}, mode dv) and the 22 queries run on it by DuckDB, Polars
 * and Spark before anything compacts it, made once for the test classes that check those answers: merge-on-read
 * (against the answers after compaction) and Spark (against DuckDB's), one Spark run for both.
 */
final class DeletionVectorRun {

    static final String ENGINES = "duckdb,polars,spark";

    final String namespace;
    /** What icebench printed. */
    final Cli.Result run;

    final JsonNode results;

    private DeletionVectorRun(String namespace, Cli.Result run, JsonNode results) {
        this.namespace = namespace;
        this.run = run;
        this.results = results;
    }

    /** Every query's answer check, in which DuckDB and Spark both match (Polars differs on some: decimals in floats). */
    void assertDuckDbAndSparkMatchOnEveryQuery() {
        JsonNode verification = results.path("verification");
        assertThat(verification).hasSize(22);
        for (JsonNode v : verification) {
            assertThat(v.path("engines").path("duckdb").asText())
                    .as(v.toString())
                    .isEqualTo("match");
            assertThat(v.path("engines").path("spark").asText())
                    .as(v.toString())
                    .isEqualTo("match");
        }
    }

    static DeletionVectorRun get(ExtensionContext context) {
        SharedMetastore metastore = SharedMetastore.get(context);
        return context.getRoot()
                .getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(DeletionVectorRun.class, k -> make(metastore), DeletionVectorRun.class);
    }

    private static DeletionVectorRun make(SharedMetastore metastore) {
        try {
            String namespace = MutatedTpch.generateAndMutate(metastore.dataDir, "dv");
            Cli.Result run = MutatedTpch.suite(metastore.dataDir, namespace, "before", ENGINES);
            return new DeletionVectorRun(namespace, run, MutatedTpch.results(metastore.dataDir, namespace, "before"));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
