package io.icebench.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.icebench.catalog.IcebergCatalog;
import io.icebench.catalog.TableName;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.apache.iceberg.Table;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Without --allow-writes nothing but one read-only statement reaches an engine: each bypass found by hand is
 * refused with one line and exit 2, and the table it aimed at keeps its rows and its data file.
 */
class ReadOnlyRunsTest {

    @RegisterExtension
    static final SharedMetastoreExtension METASTORE = new SharedMetastoreExtension();

    private static final String TABLE = "roguard.dummy";
    private static Path dataFile;

    @BeforeAll
    static void makeATableOfOurOwn() throws Exception {
        SharedMetastore shared = METASTORE.shared();
        Cli.Result generate =
                Cli.run(shared.dataDir, "generate", "synthetic", "--rows", "10", "--table", TABLE, "--replace");
        assertThat(generate.exit()).as(generate.all()).isZero();
        try (IcebergCatalog catalog = IcebergCatalog.connect(shared.uri, null, "warehouse")) {
            dataFile = Path.of(catalog.resolve(name()).dataFiles().get(0).path());
        }
        assertThat(dataFile).isRegularFile();
    }

    private static TableName name() {
        return TableName.parse(TABLE, "warehouse", "roguard");
    }

    /** Rows and snapshot of the table, and a digest of its data file. */
    private static String state() throws Exception {
        try (IcebergCatalog catalog = IcebergCatalog.connect(METASTORE.shared().uri, null, "warehouse")) {
            Table table = catalog.load(name());
            String digest = HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(dataFile)));
            return catalog.resolve(name()).rows() + " rows, snapshot "
                    + table.currentSnapshot().snapshotId() + ", " + digest;
        }
    }

    private static void assertRefused(String sql, String engines, String expected) throws Exception {
        String before = state();
        Path scratch = METASTORE.shared().dataDir.resolve("roguard-out");
        Cli.Result run = Cli.run(
                METASTORE.shared().dataDir,
                "run",
                sql,
                "--engines",
                engines,
                "--namespace",
                "roguard",
                "--iterations",
                "1",
                "--output",
                scratch.resolve("r.json").toString());
        assertThat(run.exit()).as(run.all()).isEqualTo(2);
        assertThat(run.err().strip().lines().count()).as(run.err()).isEqualTo(1);
        assertThat(run.err())
                .startsWith("icebench: query is refused: ")
                .contains(expected)
                .contains("--allow-writes");
        assertThat(run.out()).doesNotContain("Iteration");
        assertThat(state()).isEqualTo(before).startsWith("10 rows");
    }

    @Test
    void anInsertInsideWithIsRefusedOnSpark() throws Exception {
        assertRefused(
                "WITH x AS (SELECT 1) INSERT INTO warehouse." + TABLE + " SELECT * FROM warehouse." + TABLE,
                "spark",
                "it contains the keyword INSERT");
    }

    @Test
    void explainAnalyzeCopyOverADataFileIsRefusedOnDuckDb() throws Exception {
        assertRefused(
                "EXPLAIN ANALYZE COPY (SELECT 1 AS x) TO '" + dataFile + "' (FORMAT parquet)",
                "duckdb",
                "it contains the keyword ANALYZE");
    }

    @Test
    void aSecondStatementIsRefused() throws Exception {
        Path csv = METASTORE.shared().dataDir.resolve("roguard-x.csv");
        assertRefused(
                "SELECT 1; COPY (SELECT 42) TO '" + csv + "'",
                "duckdb",
                "it holds more than one statement (the second starts 'COPY (SELECT 42)");
        assertThat(csv).doesNotExist();
        Path db = METASTORE.shared().dataDir.resolve("roguard-attached.db");
        assertRefused(
                "SELECT 1; ATTACH '" + db + "' AS a; CREATE TABLE a.t AS SELECT 1",
                "duckdb",
                "the second starts 'ATTACH");
        assertThat(db).doesNotExist();
    }

    @Test
    void aReadOnlyQueryStillRunsOnTheLockedDownEngines() throws Exception {
        Path output = METASTORE.shared().dataDir.resolve("roguard-read.json");
        Cli.Result run = Cli.run(
                METASTORE.shared().dataDir,
                "run",
                "SELECT count(*) AS n FROM " + TABLE + ";",
                "--engines",
                "duckdb",
                "--namespace",
                "roguard",
                "--iterations",
                "1",
                "--output",
                output.toString());
        assertThat(run.exit()).as(run.all()).isZero();
        JsonNode results = ResultsJson.read(output);
        assertThat(ResultsJson.query(results, "duckdb", "query")
                        .path("result_preview")
                        .path("rows")
                        .get(0)
                        .get(0)
                        .asLong())
                .isEqualTo(10);
        assertThat(results.path("settings").path("allow_writes").asBoolean(true))
                .isFalse();
        assertThat(state()).startsWith("10 rows");
    }

    @Test
    void theSameTextRunsWithAllowWrites() throws Exception {
        // proves the refusals above come from the guard: with --allow-writes the engine gets the text
        Path csv = METASTORE.shared().dataDir.resolve("roguard-allowed.csv");
        Files.deleteIfExists(csv);
        Cli.Result run = Cli.run(
                METASTORE.shared().dataDir,
                "run",
                "COPY (SELECT 42 AS x) TO '" + csv + "'",
                "--allow-writes",
                "--engines",
                "duckdb",
                "--namespace",
                "roguard",
                "--iterations",
                "1",
                "--warmup",
                "0",
                "--output",
                METASTORE.shared().dataDir.resolve("roguard-allowed.json").toString());
        assertThat(run.err()).doesNotContain("is refused");
        assertThat(csv).as(run.all()).exists();
        assertThat(List.of(state())).singleElement().asString().startsWith("10 rows");
    }
}
