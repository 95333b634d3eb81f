package io.icebench.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Spark with Apache DataFusion Comet (its native library, native shuffle and native Iceberg scan) on TPC-H SF 0.01,
 * against DuckDB on the same tables (whose answers {@link SparkEngineTest} shows plain Spark gives too): same
 * answers, and each iteration says which operators ran natively and why Comet left the others to Spark. Plain
 * Spark is left out of this run to keep it short.
 */
class SparkCometTest {

    @RegisterExtension
    static final SharedMetastoreExtension METASTORE = new SharedMetastoreExtension();

    private static JsonNode results;
    private static Cli.Result run;

    @BeforeAll
    static void runTpchOnDuckDbSparkAndComet() throws Exception {
        Path data = METASTORE.shared().dataDir;
        Path output = data.resolve("spark-comet.json");
        run = Cli.run(
                data,
                "run",
                "--suite",
                "tpch",
                "--engines",
                "duckdb,spark-comet",
                "--iterations",
                "1",
                "--warmup",
                "0",
                "--spark-master",
                "local[2]",
                // a few shuffle partitions for tables of at most 60,000 rows
                "--spark-conf",
                "spark.sql.shuffle.partitions=4",
                "--output",
                output.toString());
        assertThat(run.exit()).as(run.all()).isZero();
        results = ResultsJson.read(output);
    }

    @Test
    void all22AnswersAgreeWithDuckDbs() {
        JsonNode comet = ResultsJson.engine(results, "spark-comet");
        assertThat(comet.path("status").asText()).isEqualTo("ok");
        JsonNode verification = results.path("verification");
        assertThat(verification).hasSize(22);
        for (JsonNode v : verification) {
            assertThat(v.path("status").asText()).as(v.toString()).isEqualTo("match");
            assertThat(v.path("agreeing").toString()).contains("duckdb").contains("spark-comet");
        }
        assertThat(run.out()).contains("🔎 Answers across engines: 22 match, 0 mismatch, 0 unverified");
    }

    @Test
    void everyIterationSaysWhatRanNativelyAndScansIcebergNatively() {
        JsonNode comet = ResultsJson.engine(results, "spark-comet");
        double shares = 0;
        for (JsonNode query : comet.path("queries")) {
            JsonNode stats = query.path("iterations").get(0).path("engine_stats");
            int nativeOperators = stats.path("comet_native_operators").asInt();
            int sparkOperators = stats.path("spark_operators").asInt();
            assertThat(nativeOperators + sparkOperators)
                    .as(query.path("id").asText())
                    .isPositive();
            assertThat(stats.path("native_share").asDouble())
                    .isCloseTo(
                            (double) nativeOperators / (nativeOperators + sparkOperators),
                            org.assertj.core.data.Offset.offset(0.001));
            assertThat(sumOf(stats, "native.")).isEqualTo(nativeOperators);
            assertThat(sumOf(stats, "spark.")).isEqualTo(sparkOperators);
            shares += stats.path("native_share").asDouble();
        }
        // Q6 (filter, project, aggregate over lineitem) runs wholly natively, its scan by Comet's Iceberg reader
        JsonNode q6 = ResultsJson.query(comet, "q6").path("iterations").get(0).path("engine_stats");
        assertThat(q6.path("native_share").asDouble()).isEqualTo(1.0);
        assertThat(q6.path("native.CometIcebergNativeScanExec").asInt()).isEqualTo(1);
        assertThat(shares / 22).as("mean native share over the suite").isGreaterThan(0.5);
    }

    @Test
    void anOperatorLeftToSparkCarriesCometsReason() {
        // Q17's correlated subquery becomes a local table scan, which Comet 0.12 leaves to Spark by default
        JsonNode q17 = ResultsJson.query(ResultsJson.engine(results, "spark-comet"), "q17")
                .path("iterations")
                .get(0)
                .path("engine_stats");
        assertThat(q17.path("spark_operators").asInt()).isPositive();
        assertThat(fieldNames(q17)).anyMatch(name -> name.startsWith("fallback: ") && name.contains("LocalTableScan"));
    }

    @Test
    void theEngineNamesSparkIcebergAndCometVersions() throws Exception {
        JsonNode comet = ResultsJson.engine(results, "spark-comet");
        assertThat(comet.path("version").asText())
                .startsWith("3.5.7")
                .contains("Iceberg 1.11.0")
                .endsWith("+ Comet 0.12.0");
        Cli.Result engines = Cli.run(METASTORE.shared().dataDir, "engines");
        assertThat(engines.exit()).as(engines.all()).isZero();
        assertThat(engines.out()).containsPattern("spark-comet +available +3\\.5\\.7 .*Comet 0\\.12\\.0");
    }

    private static int sumOf(JsonNode stats, String prefix) {
        int sum = 0;
        for (Iterator<Map.Entry<String, JsonNode>> it = stats.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            if (field.getKey().startsWith(prefix)) {
                sum += field.getValue().asInt();
            }
        }
        return sum;
    }

    private static Iterable<String> fieldNames(JsonNode node) {
        return node::fieldNames;
    }
}
