package io.icebench.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Delete files written by Spark itself (merge-on-read DELETE and UPDATE: position deletes in format v2,
 * deletion vectors in v3) are applied by DuckDB and Polars: all three engines give the same, right answer.
 */
class SparkWrittenDeletesTest {

    @RegisterExtension
    static final SharedMetastoreExtension METASTORE = new SharedMetastoreExtension();

    @ParameterizedTest
    @ValueSource(ints = {2, 3})
    void duckDbAndPolarsReadSparksDeletes(int formatVersion) throws Exception {
        Path data = METASTORE.shared().dataDir;
        String table = "sparkdel.v" + formatVersion;
        Cli.Result generated = Cli.run(data, "generate", "synthetic", "--rows", "2000", "--table", table,
                "--files", "2", "--replace");
        assertThat(generated.exit()).as(generated.all()).isZero();
        for (String sql : new String[] {
            "ALTER TABLE warehouse." + table + " SET TBLPROPERTIES ('format-version'='" + formatVersion + "', "
                    + "'write.delete.mode'='merge-on-read', 'write.update.mode'='merge-on-read')",
            "DELETE FROM warehouse." + table + " WHERE id % 7 = 0",
            "UPDATE warehouse." + table + " SET quantity = 0 WHERE id % 11 = 0"}) {
            Cli.Result write = Cli.run(data, "run", sql, "--engines", "spark", "--allow-writes", "--iterations", "1",
                    "--warmup", "0", "--spark-master", "local[2]", "--no-report", "--no-verify");
            assertThat(write.exit()).as(write.all()).isZero();
        }
        Path output = data.resolve("spark-deletes-v" + formatVersion + ".json");
        Cli.Result read = Cli.run(data, "run", "SELECT COUNT(*) AS n, SUM(price) AS total, SUM(quantity) AS q, "
                + "SUM(CASE WHEN quantity = 0 THEN 1 ELSE 0 END) AS updated FROM {table}", "warehouse." + table,
                "--engines", "duckdb,polars,spark", "--iterations", "1", "--warmup", "0", "--spark-master", "local[2]",
                "--no-report", "--output", output.toString());
        assertThat(read.exit()).as(read.all()).isZero();
        assertThat(read.out()).containsPattern(formatVersion == 2 ? "delete files: \\d+ position"
                : "delete files: \\d+ deletion-vector");
        JsonNode results = ResultsJson.read(output);
        JsonNode verification = results.path("verification").get(0);
        assertThat(verification.path("status").asText()).as(verification.toString()).isEqualTo("match");
        JsonNode duckdb = ResultsJson.query(results, "duckdb", "query").path("result_preview").path("rows").get(0);
        // ids 0..1999: 286 multiples of 7 deleted; of the rest, the multiples of 11 but not of 7 updated
        assertThat(duckdb.get(0).asLong()).isEqualTo(2000 - 286);
        assertThat(duckdb.get(3).asLong()).isEqualTo(182 - 26);
    }
}
