package io.icebench.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.icebench.catalog.IcebergCatalog;
import io.icebench.catalog.TableName;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.iceberg.AppendFiles;
import org.apache.iceberg.Table;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Spark (local, real Iceberg SparkCatalog on the real metastore) against DuckDB on TPC-H SF 0.01: the 22 queries on
 * partitioned tables with deletion vectors ({@link DeletionVectorRun}, one Spark run shared with
 * {@link MergeOnReadTest}; Spark on tables without deletes: TpcdsSuiteTest's 103 queries), a pinned snapshot, bad SQL.
 */
class SparkEngineTest {

    @RegisterExtension
    static final SharedMetastoreExtension METASTORE = new SharedMetastoreExtension();

    @RegisterExtension
    static final DeletionVectorRunExtension DELETION_VECTORS = new DeletionVectorRunExtension();

    private static JsonNode results;
    private static Cli.Result run;
    private static long firstSnapshot;
    private static Cli.Result pinnedRun;
    private static JsonNode pinnedResults;

    @BeforeAll
    static void runTpchOnBoth() {
        DeletionVectorRun shared = DELETION_VECTORS.run();
        run = shared.run;
        results = shared.results;
    }

    @Test
    void q1AndQ6AnswersEqualDuckDbs() {
        for (String id : new String[] {"q1", "q6"}) {
            JsonNode spark = ResultsJson.query(results, "spark", id);
            JsonNode duckdb = ResultsJson.query(results, "duckdb", id);
            assertThat(spark.path("status").asText()).isEqualTo("ok");
            assertThat(spark.path("rows").asLong())
                    .isEqualTo(duckdb.path("rows").asLong())
                    .isPositive();
            JsonNode sparkRows = spark.path("result_preview").path("rows");
            JsonNode duckRows = duckdb.path("result_preview").path("rows");
            assertThat(sparkRows).hasSameSizeAs(duckRows);
            for (int r = 0; r < sparkRows.size(); r++) {
                for (int c = 0; c < sparkRows.get(r).size(); c++) {
                    JsonNode a = sparkRows.get(r).get(c);
                    JsonNode b = duckRows.get(r).get(c);
                    if (a.isNumber()) {
                        // Spark returns Q1's averages as decimals of scale 6, DuckDB as doubles
                        assertThat(a.decimalValue()
                                        .subtract(b.decimalValue())
                                        .abs()
                                        .doubleValue())
                                .as("%s row %d column %d: %s vs %s", id, r, c, a, b)
                                .isLessThanOrEqualTo(5e-7);
                    } else {
                        assertThat(a.asText())
                                .as("%s row %d column %d", id, r, c)
                                .isEqualTo(b.asText());
                    }
                }
            }
        }
    }

    @Test
    void all22AnswersMatchDuckDbs() {
        DELETION_VECTORS.run().assertDuckDbAndSparkMatchOnEveryQuery();
        for (JsonNode v : results.path("verification")) {
            assertThat(v.path("agreeing").toString()).contains("duckdb").contains("spark");
        }
        assertThat(run.out()).contains("🔎 Answers across engines: ");
    }

    @Test
    void setUpIsReportedApartFromQueryTime() {
        JsonNode spark = ResultsJson.engine(results, "spark");
        assertThat(spark.path("status").asText()).isEqualTo("ok");
        assertThat(spark.path("version").asText()).startsWith("3.5.7").contains("Iceberg 1.11.0");
        // session start and loading eight tables through the metastore take seconds; queries at SF 0.01 do not
        assertThat(spark.path("setup_ms").asDouble()).isGreaterThan(1000);
        double q6 = ResultsJson.query(spark, "q6").path("cold_ms").asDouble();
        assertThat(q6).isPositive().isLessThan(spark.path("setup_ms").asDouble());
        assertThat(run.out()).contains("🚀 spark 3.5.7");
        assertThat(run.out()).doesNotContain("WARN").doesNotContain("INFO");
    }

    /**
     * One run for both checks below, one Spark session fewer: a count on a table pinned to its first snapshot and a
     * query naming a column that does not exist.
     */
    @BeforeAll
    static void runPinnedCountAndBadSql() throws Exception {
        SharedMetastore shared = METASTORE.shared();
        Cli.Result generate =
                Cli.run(shared.dataDir, "generate", "synthetic", "--rows", "1000", "--table", "pins.t", "--replace");
        assertThat(generate.exit()).as(generate.all()).isZero();
        try (IcebergCatalog catalog = IcebergCatalog.connect(shared.uri, null, "warehouse")) {
            Table table = catalog.load(TableName.parse("pins.t", "warehouse", "pins"));
            firstSnapshot = table.currentSnapshot().snapshotId();
            AppendFiles again = table.newAppend();
            table.currentSnapshot().addedDataFiles(table.io()).forEach(again::appendFile);
            again.commit();
            assertThat(catalog.resolve(TableName.parse("pins.t", "warehouse", "pins"))
                            .rows())
                    .isEqualTo(2000);
        }
        Path suite = Files.createDirectories(shared.dataDir.resolve("spark-pinned-suite"));
        Files.writeString(suite.resolve("pinned.sql"), "SELECT COUNT(*) AS n FROM pins.t");
        Files.writeString(suite.resolve("bad.sql"), "SELECT no_such_column FROM tpch.nation");
        Path output = shared.dataDir.resolve("spark-pinned.json");
        pinnedRun = Cli.run(
                shared.dataDir,
                "run",
                "--suite",
                suite.toString(),
                "--engines",
                "duckdb,spark",
                "--snapshot",
                "pins.t=" + firstSnapshot,
                "--iterations",
                "1",
                "--spark-master",
                "local[1]",
                "--output",
                output.toString());
        pinnedResults = ResultsJson.read(output);
    }

    @Test
    void sparkAndDuckDbReadThePinnedSnapshotNotTheCurrentOne() {
        JsonNode pinned = null;
        for (JsonNode table : pinnedResults.path("tables")) {
            if (table.path("name").asText().equals("warehouse.pins.t")) {
                pinned = table;
            }
        }
        assertThat(pinned).as("warehouse.pins.t in the results' tables").isNotNull();
        assertThat(pinned.path("snapshot_id").asLong()).isEqualTo(firstSnapshot);
        assertThat(pinned.path("rows").asLong()).isEqualTo(1000);
        for (String engine : new String[] {"duckdb", "spark"}) {
            JsonNode count = ResultsJson.query(pinnedResults, engine, "pinned")
                    .path("result_preview")
                    .path("rows")
                    .get(0)
                    .get(0);
            assertThat(count.asLong()).as(engine).isEqualTo(1000);
        }
    }

    @Test
    void badSqlIsAOneLineSqlError() {
        assertThat(pinnedRun.exit()).as(pinnedRun.all()).isEqualTo(1);
        JsonNode error = ResultsJson.query(pinnedResults, "spark", "bad").path("error");
        assertThat(error.path("kind").asText()).isEqualTo("sql-error");
        assertThat(error.path("message").asText()).contains("no_such_column").doesNotContain("\n");
    }

    @Test
    void enginesListsSparkWithItsVersion() throws Exception {
        Cli.Result engines = Cli.run(METASTORE.shared().dataDir, "engines");
        assertThat(engines.exit()).as(engines.all()).isZero();
        assertThat(engines.out())
                .containsPattern("spark +available +3\\.5\\.7 \\(Scala 2\\.12\\.\\d+, Iceberg 1\\.11\\.0\\)");
    }
}
