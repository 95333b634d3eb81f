package io.icebench.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.icebench.core.protocol.Json;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Polars and Daft through the Python worker, in the virtual environment icebench makes itself. */
class PythonEnginesTest {

    @RegisterExtension
    static final SharedMetastoreExtension METASTORE = new SharedMetastoreExtension();

    @Test
    void polarsQ1HasDuckDbsRowsAndGroupKeys() throws Exception {
        Path data = METASTORE.shared().dataDir;
        Path output = data.resolve("polars.json");
        Cli.Result run = Cli.run(
                data,
                "run",
                "--suite",
                "tpch",
                "--queries",
                "q1,q6",
                "--engines",
                "duckdb,polars",
                "--reference",
                "duckdb",
                "--iterations",
                "2",
                "--output",
                output.toString());
        // Polars computes Q6's 0.06 - 0.01 in floats and keeps scale 2 on decimal products: a wrong answer
        assertThat(run.exit()).as(run.all()).isEqualTo(1);
        JsonNode results = Json.MAPPER.readTree(output.toFile());
        JsonNode q6 = verification(results, "q6");
        assertThat(q6.path("status").asText()).isEqualTo("mismatch");
        assertThat(q6.path("engines").path("polars").asText()).isEqualTo("mismatch");
        JsonNode mismatch = q6.path("mismatches").get(0);
        assertThat(mismatch.path("engine").asText()).isEqualTo("polars");
        assertThat(mismatch.path("against").asText()).isEqualTo("duckdb");
        assertThat(mismatch.path("row").asInt()).isZero();
        assertThat(mismatch.path("expected").get(0).decimalValue())
                .isEqualByComparingTo(ResultsJson.query(results, "duckdb", "q6")
                        .path("result_preview")
                        .path("rows")
                        .get(0)
                        .get(0)
                        .decimalValue());
        assertThat(mismatch.path("actual").get(0).decimalValue())
                .isEqualByComparingTo(ResultsJson.query(results, "polars", "q6")
                        .path("result_preview")
                        .path("rows")
                        .get(0)
                        .get(0)
                        .decimalValue())
                .isNotEqualByComparingTo(mismatch.path("expected").get(0).decimalValue());
        assertThat(run.out()).contains("❗ q6: polars differs from duckdb — row 1, column 1 (revenue):");
        JsonNode duckdb = ResultsJson.query(results, "duckdb", "q1");
        JsonNode polars = ResultsJson.query(results, "polars", "q1");
        assertThat(polars.path("status").asText()).isEqualTo("ok");
        assertThat(polars.path("variant").asText()).isEqualTo("polars");
        assertThat(polars.path("sql").asText()).contains("interval '90 days'");
        assertThat(duckdb.path("variant").isNull()).isTrue();
        assertThat(polars.path("rows").asLong())
                .isEqualTo(duckdb.path("rows").asLong())
                .isEqualTo(4);
        assertThat(groupKeys(polars)).isEqualTo(groupKeys(duckdb)).hasSize(4);
        assertThat(polars.path("result_preview").path("rows").get(0).get(9).asLong())
                .isEqualTo(
                        duckdb.path("result_preview").path("rows").get(0).get(9).asLong());
        JsonNode engine = ResultsJson.engine(results, "polars");
        assertThat(engine.path("version").asText()).startsWith("polars 1.44");
        assertThat(engine.path("queries")
                        .get(0)
                        .path("iterations")
                        .get(0)
                        .path("peak_rss_bytes")
                        .asLong())
                .isGreaterThan(10L << 20);
    }

    @Test
    void daftIsEitherAvailableOrUnavailableWithPipsReason() throws Exception {
        Path data = METASTORE.shared().dataDir;
        Cli.run(data, "engines", "setup", "python"); // `engines` does not wait for an environment still being made
        Cli.Result engines = Cli.run(data, "engines");
        assertThat(engines.exit()).as(engines.all()).isZero();
        String daft = engines.out()
                .lines()
                .filter(l -> l.startsWith("daft "))
                .findFirst()
                .orElseThrow();
        if (daft.contains("unavailable")) {
            assertThat(daft).containsPattern("unavailable +- +pip could not install daft \\(.+\\)");
            Path output = data.resolve("daft.json");
            Cli.Result run = Cli.run(
                    data,
                    "run",
                    "--suite",
                    "tpch",
                    "--queries",
                    "q6",
                    "--engines",
                    "duckdb,daft",
                    "--iterations",
                    "1",
                    "--output",
                    output.toString());
            assertThat(run.exit()).as(run.all()).isEqualTo(1);
            assertThat(run.out()).contains("❌ daft unavailable: pip could not install daft (");
            JsonNode results = Json.MAPPER.readTree(output.toFile());
            assertThat(ResultsJson.engine(results, "daft").path("status").asText())
                    .isEqualTo("unavailable");
            assertThat(ResultsJson.engine(results, "daft")
                            .path("error")
                            .path("message")
                            .asText())
                    .startsWith("pip could not install daft (");
            assertThat(ResultsJson.engine(results, "duckdb").path("status").asText())
                    .isEqualTo("ok");
        } else {
            assertThat(daft).containsPattern("available +daft \\S+");
        }
        assertThat(engines.out()).containsPattern("polars +available +polars 1\\.44");
    }

    private static JsonNode verification(JsonNode results, String query) {
        for (JsonNode v : results.path("verification")) {
            if (v.path("query").asText().equals(query)) {
                return v;
            }
        }
        throw new AssertionError("no verification of " + query);
    }

    private static List<String> groupKeys(JsonNode query) {
        List<String> keys = new ArrayList<>();
        for (JsonNode row : query.path("result_preview").path("rows")) {
            keys.add(row.get(0).asText() + "|" + row.get(1).asText());
        }
        return keys;
    }
}
