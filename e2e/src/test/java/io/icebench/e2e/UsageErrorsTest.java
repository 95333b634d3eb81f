package io.icebench.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Bad input: one clear line, exit code 2, nothing run. */
class UsageErrorsTest {

    @RegisterExtension
    static final SharedMetastoreExtension METASTORE = new SharedMetastoreExtension();

    private static void assertUsageError(Cli.Result result, String expected) {
        assertThat(result.exit()).as(result.all()).isEqualTo(2);
        assertThat(result.err().strip().lines().count()).as(result.err()).isEqualTo(1);
        assertThat(result.err()).startsWith("icebench: ").contains(expected);
        assertThat(result.all()).doesNotContain("\tat ");
    }

    @Test
    void badOptionValues() throws Exception {
        Path data = METASTORE.shared().dataDir;
        assertUsageError(
                Cli.run(data, "run", "--suite", "tpch", "--iterations", "-1"),
                "--iterations must be 0 (the cold run only)");
        assertUsageError(
                Cli.run(data, "run", "--suite", "tpch", "--iterations", "0", "--warmup", "1"),
                "drop --warmup or measure at least one run");
        assertUsageError(
                Cli.run(data, "workload", "run", "longevity", "--iterations", "0"),
                "a workload compares each round's medians: --iterations 0 measures none");
        assertUsageError(
                Cli.run(data, "run", "--suite", "tpch", "--engines", "nosuchengine"), "unknown engine 'nosuchengine'");
        assertUsageError(
                Cli.run(data, "run", "--suite", "tpch", "--timeout", "soon"), "--timeout 'soon' is not a duration");
        assertUsageError(Cli.run(data, "run", "--suite", "tpch", "--iterations", "many"), "--iterations");
        assertUsageError(
                Cli.run(data, "run", "--suite", "tpch", "--tolerance", "2"),
                "--tolerance must be at least 0 and below 1");
        assertUsageError(
                Cli.run(data, "run", "--suite", "tpch", "--snapshot", "tpch.lineitem=latest"),
                "--snapshot 'tpch.lineitem=latest' is not TABLE=SNAPSHOT_ID");
        assertUsageError(
                Cli.run(data, "run", "--suite", "tpch", "--engines", "polars", "-E", "polars.heap=1g"),
                "applies to JVM engines only");
        assertUsageError(
                Cli.run(data, "run", "--suite", "tpch", "--snapshot", "tpch.lineitem=42"),
                "has no snapshot 42; its snapshots: ");
    }

    @Test
    void suitesThatCannotBeRead() throws Exception {
        Path data = METASTORE.shared().dataDir;
        assertUsageError(Cli.run(data, "run", "--suite", "/nonexistent/suite"), "unknown suite '/nonexistent/suite'");
        Path empty = java.nio.file.Files.createDirectories(data.resolve("empty-suite"));
        assertUsageError(Cli.run(data, "run", "--suite", empty.toString()), "has no .sql files");
        Path file = java.nio.file.Files.writeString(data.resolve("not-a-suite.sql"), "select 1");
        assertUsageError(Cli.run(data, "run", "--suite", file.toString()), "or a directory of .sql files");
    }

    @Test
    void badSqlAndBadEngineOptionsAreOneLineResultsAndTheRunGoesOn() throws Exception {
        Path data = METASTORE.shared().dataDir;
        Path output = data.resolve("bad-sql.json");
        Cli.Result bad = Cli.run(
                data,
                "run",
                "SELECT no_such_column FROM tpch.nation",
                "--engines",
                "duckdb,odd=duckdb",
                "-E",
                "odd.threads=lots",
                "--iterations",
                "1",
                "--output",
                output.toString());
        assertThat(bad.exit()).as(bad.all()).isEqualTo(1);
        JsonNode results = ResultsJson.read(output);
        JsonNode error = ResultsJson.query(results, "duckdb", "query").path("error");
        assertThat(error.path("kind").asText()).isEqualTo("sql-error");
        assertThat(error.path("message").asText()).contains("no_such_column");
        JsonNode odd = ResultsJson.engine(results, "odd").path("error");
        assertThat(odd.path("kind").asText()).isEqualTo("setup");
        assertThat(odd.path("message").asText())
                .isEqualTo("DuckDB option threads='lots' is not a positive whole number");
        assertThat(bad.all()).doesNotContain("\tat ");
    }

    @Test
    void queriesAndTables() throws Exception {
        Path data = METASTORE.shared().dataDir;
        assertUsageError(
                Cli.run(data, "run", "DELETE FROM {table}", "tpch.lineitem"),
                "query is refused: it starts with DELETE, not with SELECT");
        assertUsageError(
                Cli.run(data, "run", "SELECT 1 FROM {table}", "tpch.lineitem; drop table x"),
                "is not a dotted list of identifiers");
        Cli.Result missing = Cli.run(data, "run", "SELECT count(*) FROM {table}", "warehouse.tpch.nosuch");
        assertUsageError(
                missing, "table warehouse.tpch.nosuch does not exist; tables in tpch: customer, lineitem, nation");
    }

    @Test
    void environmentAndEnvFileFeedTheRun() throws Exception {
        Path data = METASTORE.shared().dataDir;
        Path cwd = Files.createDirectories(data.resolve("envfile-cwd"));
        Files.writeString(
                cwd.resolve("benchmark.env"), "QUERY=SELECT COUNT(*) AS n FROM {table}\nTABLE_NAME=tpch.region\n");
        Cli.Result result = Cli.run(
                data,
                cwd,
                Map.of("TABLE_NAME", "warehouse.tpch.nation", "ICEBENCH_ITERATIONS", "2"),
                "run",
                "--engines",
                "duckdb",
                "--print-results");
        assertThat(result.exit()).as(result.all()).isZero();
        assertThat(result.out())
                .contains("warehouse.tpch.nation")
                .contains("Iteration 2/2")
                .contains("\n      25\n");
        Files.writeString(cwd.resolve("benchmark.env"), "QUERY SELECT 1\n");
        assertUsageError(Cli.run(data, cwd, Map.of(), "run"), "benchmark.env line 1 is not KEY=value");
    }

    @Test
    void unwritableResultsFailBeforeAnyEngineRuns() throws Exception {
        Path data = METASTORE.shared().dataDir;
        Path blocker = data.resolve("not-a-dir");
        Files.writeString(blocker, "x");
        Cli.Result result = Cli.run(
                data,
                "run",
                "--suite",
                "tpch",
                "--output",
                blocker.resolve("r.json").toString());
        assertUsageError(result, "cannot write results to");
        assertThat(result.out()).doesNotContain("Iteration");
    }
}
