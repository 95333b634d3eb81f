package io.icebench.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.icebench.catalog.IcebergCatalog;
import io.icebench.catalog.TableName;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.iceberg.AppendFiles;
import org.apache.iceberg.Table;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Flink SQL (batch, mini-cluster in the worker, Iceberg's Flink catalog on the real metastore) against DuckDB on TPC-H SF 0.01. */
class FlinkEngineTest {

    @RegisterExtension
    static final SharedMetastoreExtension METASTORE = new SharedMetastoreExtension();

    private static JsonNode results;
    private static Cli.Result run;

    @BeforeAll
    static void runTpchOnBoth() throws Exception {
        Path data = METASTORE.shared().dataDir;
        Path output = data.resolve("flink.json");
        run = Cli.run(
                data,
                "run",
                "--suite",
                "tpch",
                "--engines",
                "duckdb,flink",
                "--iterations",
                "0",
                "-E",
                "flink.parallelism=2",
                // a batch job per query: on a loaded machine 44 runs outlast the default 10 min engine budget
                "--timeout",
                "40m",
                "--output",
                output.toString());
        results = ResultsJson.read(output);
    }

    @Test
    void everyQueryFlinkRunsAgreesWithDuckDbAndWhatItCannotRunSaysWhy() {
        JsonNode flink = ResultsJson.engine(results, "flink");
        List<String> ran = new ArrayList<>();
        for (JsonNode query : flink.path("queries")) {
            String id = query.path("id").asText();
            if (query.path("status").asText().equals("ok")) {
                ran.add(id);
            } else {
                JsonNode error = query.path("error");
                assertThat(error.path("kind").asText()).as(id).isIn("unsupported", "sql-error");
                assertThat(error.path("message").asText()).as(id).isNotBlank().doesNotContain("\n");
            }
        }
        assertThat(ran).as("TPC-H queries Flink ran").hasSizeGreaterThanOrEqualTo(20);
        for (JsonNode v : results.path("verification")) {
            if (ran.contains(v.path("query").asText())) {
                assertThat(v.path("status").asText()).as(v.toString()).isEqualTo("match");
                assertThat(v.path("agreeing").toString()).contains("duckdb").contains("flink");
            }
        }
        assertThat(ResultsJson.query(flink, "q11").path("variant").asText()).isEqualTo("flink");
    }

    @Test
    void setUpIsReportedApartFromQueryTime() {
        JsonNode flink = ResultsJson.engine(results, "flink");
        assertThat(flink.path("version").asText()).startsWith("1.20.1").contains("Iceberg 1.11.0");
        // the mini-cluster's start and loading eight tables through the metastore take seconds
        assertThat(flink.path("setup_ms").asDouble()).isGreaterThan(1000);
        assertThat(ResultsJson.query(flink, "q6").path("cold_ms").asDouble()).isPositive();
        assertThat(run.out()).contains("🚀 flink 1.20.1");
        assertThat(run.out()).doesNotContain("WARN").doesNotContain("INFO");
    }

    @Test
    void flinkReadsThePinnedSnapshotNotTheCurrentOne() throws Exception {
        SharedMetastore shared = METASTORE.shared();
        Cli.Result generate = Cli.run(
                shared.dataDir, "generate", "synthetic", "--rows", "1000", "--table", "flinkpins.t", "--replace");
        assertThat(generate.exit()).as(generate.all()).isZero();
        long first;
        try (IcebergCatalog catalog = IcebergCatalog.connect(shared.uri, null, "warehouse")) {
            Table table = catalog.load(TableName.parse("flinkpins.t", "warehouse", "flinkpins"));
            first = table.currentSnapshot().snapshotId();
            AppendFiles again = table.newAppend();
            table.currentSnapshot().addedDataFiles(table.io()).forEach(again::appendFile);
            again.commit();
        }
        Path output = shared.dataDir.resolve("flink-pinned.json");
        Cli.Result pinned = Cli.run(
                shared.dataDir,
                "run",
                "SELECT COUNT(*) AS n FROM flinkpins.t",
                "--engines",
                "flink",
                "--snapshot",
                "flinkpins.t=" + first,
                "--iterations",
                "1",
                "--output",
                output.toString());
        assertThat(pinned.exit()).as(pinned.all()).isZero();
        JsonNode count = ResultsJson.query(ResultsJson.read(output), "flink", "query")
                .path("result_preview")
                .path("rows")
                .get(0)
                .get(0);
        assertThat(count.asLong()).isEqualTo(1000);
    }

    @Test
    void enginesNamesFlinksVersionAndHowItReadsIceberg() throws Exception {
        Cli.Result engines = Cli.run(METASTORE.shared().dataDir, "engines");
        assertThat(engines.exit()).as(engines.all()).isZero();
        assertThat(engines.out())
                .containsPattern(
                        "flink +available +1\\.20\\.1 \\(Iceberg 1\\.11\\.0\\)( \\*)? +itself: Iceberg FlinkCatalog");
    }
}
