package io.icebench.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Delete files written by Spark itself (merge-on-read DELETE and UPDATE: position deletes in format v2,
 * deletion vectors in v3) are applied by DuckDB and Polars: all three engines give the same, right answer.
 * Both tables are written in one Spark run and read in one run (a Spark session costs seconds each time).
 */
class SparkWrittenDeletesTest {

    @RegisterExtension
    static final SharedMetastoreExtension METASTORE = new SharedMetastoreExtension();

    private static final int[] VERSIONS = {2, 3};
    private static Cli.Result read;
    private static JsonNode results;

    @BeforeAll
    static void sparkDeletesAndUpdatesBothTablesThenEveryEngineReadsThem() throws Exception {
        Path data = METASTORE.shared().dataDir;
        Path writes = emptyDirectory(data.resolve("spark-deletes-writes"));
        Path reads = emptyDirectory(data.resolve("spark-deletes-reads"));
        for (int version : VERSIONS) {
            String table = "warehouse.sparkdel.v" + version;
            Cli.Result generated = Cli.run(
                    data,
                    "generate",
                    "synthetic",
                    "--rows",
                    "2000",
                    "--table",
                    "sparkdel.v" + version,
                    "--files",
                    "2",
                    "--replace");
            assertThat(generated.exit()).as(generated.all()).isZero();
            // a suite's files run in name order: the table's properties first, then the delete, then the update
            Files.writeString(
                    writes.resolve("v" + version + "_1_properties.sql"),
                    "ALTER TABLE " + table
                            + " SET TBLPROPERTIES ('format-version'='" + version + "', "
                            + "'write.delete.mode'='merge-on-read', 'write.update.mode'='merge-on-read')");
            Files.writeString(
                    writes.resolve("v" + version + "_2_delete.sql"), "DELETE FROM " + table + " WHERE id % 7 = 0");
            Files.writeString(
                    writes.resolve("v" + version + "_3_update.sql"),
                    "UPDATE " + table + " SET quantity = 0 WHERE id % 11 = 0");
            Files.writeString(
                    reads.resolve("v" + version + ".sql"),
                    "SELECT COUNT(*) AS n, SUM(price) AS total, "
                            + "SUM(quantity) AS q, SUM(CASE WHEN quantity = 0 THEN 1 ELSE 0 END) AS updated FROM v"
                            + version);
        }
        Cli.Result write = Cli.run(
                data,
                "run",
                "--suite",
                writes.toString(),
                "--engines",
                "spark",
                "--allow-writes",
                "--iterations",
                "1",
                "--warmup",
                "0",
                "--spark-master",
                "local[2]",
                "--no-report",
                "--no-verify",
                "--output",
                data.resolve("spark-deletes-writes.json").toString());
        assertThat(write.exit()).as(write.all()).isZero();
        Path output = data.resolve("spark-deletes-reads.json");
        // a suite's queries name their tables within --namespace, as the TPC-H suite's do
        read = Cli.run(
                data,
                "run",
                "--suite",
                reads.toString(),
                "--namespace",
                "sparkdel",
                "--engines",
                "duckdb,polars,spark",
                "--iterations",
                "1",
                "--warmup",
                "0",
                "--spark-master",
                "local[2]",
                "--no-report",
                "--output",
                output.toString());
        assertThat(read.exit()).as(read.all()).isZero();
        results = ResultsJson.read(output);
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 3})
    void duckDbAndPolarsReadSparksDeletes(int formatVersion) throws Exception {
        assertThat(read.out())
                .containsPattern("sparkdel\\.v" + formatVersion + ".*delete files: \\d+ "
                        + (formatVersion == 2 ? "position" : "deletion-vector"));
        String query = "v" + formatVersion;
        JsonNode verification = null;
        for (JsonNode v : results.path("verification")) {
            if (v.path("query").asText().equals(query)) {
                verification = v;
            }
        }
        assertThat(verification).as(results.path("verification").toString()).isNotNull();
        assertThat(verification.path("status").asText())
                .as(verification.toString())
                .isEqualTo("match");
        assertThat(verification.path("engines").path("polars").asText())
                .as(verification.toString())
                .isEqualTo("match");
        assertThat(verification.path("engines").path("spark").asText())
                .as(verification.toString())
                .isEqualTo("match");
        JsonNode duckdb = ResultsJson.query(results, "duckdb", query)
                .path("result_preview")
                .path("rows")
                .get(0);
        // ids 0..1999: 286 multiples of 7 deleted; of the rest, the multiples of 11 but not of 7 updated
        assertThat(duckdb.get(0).asLong()).isEqualTo(2000 - 286);
        assertThat(duckdb.get(3).asLong()).isEqualTo(182 - 26);
    }

    private static Path emptyDirectory(Path dir) throws Exception {
        if (Files.isDirectory(dir)) {
            try (var files = Files.list(dir)) {
                for (Path file : files.toList()) {
                    Files.delete(file);
                }
            }
        }
        return Files.createDirectories(dir);
    }
}
