package io.icebench.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A user's suite directory with a descriptor, a {@code q14a}-style id, a DuckDB variant and expected answers runs
 * on the real DuckDB over the shared TPC-H tables; a wrong expected answer makes the engine a mismatch against
 * "expected" and the run fail.
 */
class UserSuiteTest {

    @RegisterExtension
    static final SharedMetastoreExtension METASTORE = new SharedMetastoreExtension();

    private static final String REGIONS = "r_name\nAFRICA\nAMERICA\nASIA\nEUROPE\nMIDDLE EAST\n";

    private static Path suite(Path dir, String nationsPerRegion) throws Exception {
        Files.createDirectories(dir.resolve("duckdb"));
        Files.createDirectories(dir.resolve("expected/sf0.01"));
        Files.writeString(dir.resolve("suite.yaml"), """
                name: regions
                description: regions and their nations
                namespace: tpch
                generator: tpch
                tables: [nation, region]
                queries: [q2, q14a, q10]
                expected:
                  "0.01": expected/sf0.01
                """);
        Files.writeString(dir.resolve("q2.sql"), "SELECT r_name FROM region ORDER BY r_name");
        Files.writeString(
                dir.resolve("q14a.sql"),
                "SELECT n_regionkey, COUNT(*) AS nations FROM nation GROUP BY n_regionkey ORDER BY n_regionkey");
        Files.writeString(
                dir.resolve("duckdb/q14a.sql"),
                "SELECT n_regionkey, COUNT(*) AS nations FROM tpch.nation GROUP BY 1 ORDER BY 1");
        Files.writeString(dir.resolve("q10.sql"), "SELECT COUNT(*) AS n FROM nation");
        Files.writeString(dir.resolve("expected/sf0.01/q2.csv"), REGIONS);
        Files.writeString(
                dir.resolve("expected/sf0.01/q14a.csv"),
                "n_regionkey,nations\n0," + nationsPerRegion + "\n1,5\n2,5\n3,5\n4,5\n");
        return dir;
    }

    private static Cli.Result run(Path data, Path suite, Path output) throws Exception {
        return Cli.run(
                data,
                "run",
                "--suite",
                suite.toString(),
                "--engines",
                "duckdb",
                "--iterations",
                "1",
                "--warmup",
                "0",
                "--no-report",
                "--output",
                output.toString());
    }

    private static JsonNode verification(JsonNode results, String query) {
        for (JsonNode v : results.path("verification")) {
            if (v.path("query").asText().equals(query)) {
                return v;
            }
        }
        throw new AssertionError("no verification of " + query);
    }

    @Test
    void descriptorSuiteRunsAndIsCheckedAgainstItsExpectedAnswers() throws Exception {
        Path data = METASTORE.shared().dataDir;
        Path work = Files.createDirectories(data.resolve("user-suite"));
        Path output = work.resolve("right/results.json");
        Files.createDirectories(output.getParent());
        Cli.Result right = run(data, suite(work.resolve("suite-right"), "5"), output);
        assertThat(right.exit()).as(right.all()).isZero();
        JsonNode results = ResultsJson.read(output);
        assertThat(results.path("settings").path("suite_name").asText()).isEqualTo("regions");
        assertThat(results.path("settings").path("suite_hash").asText()).matches("sha256:[0-9a-f]{16}");
        List<String> ids = new ArrayList<>();
        ResultsJson.engine(results, "duckdb")
                .path("queries")
                .forEach(q -> ids.add(q.path("id").asText()));
        assertThat(ids).containsExactly("q2", "q14a", "q10");
        JsonNode q14a = ResultsJson.query(results, "duckdb", "q14a");
        assertThat(q14a.path("status").asText()).isEqualTo("ok");
        assertThat(q14a.path("variant").asText()).isEqualTo("duckdb");
        assertThat(q14a.path("sql").asText()).contains("GROUP BY 1");
        for (String query : List.of("q2", "q14a")) {
            JsonNode v = verification(results, query);
            assertThat(v.path("status").asText()).as(v.toString()).isEqualTo("match");
            assertThat(v.path("reference").asText()).isEqualTo("expected");
            assertThat(v.path("engines").path("duckdb").asText()).isEqualTo("match");
        }
        assertThat(verification(results, "q10").path("status").asText()).isEqualTo("unverified");

        Path wrongOutput = work.resolve("wrong/results.json");
        Files.createDirectories(wrongOutput.getParent());
        Cli.Result wrong = run(data, suite(work.resolve("suite-wrong"), "6"), wrongOutput);
        assertThat(wrong.exit()).as(wrong.all()).isEqualTo(1);
        JsonNode wrongResults = ResultsJson.read(wrongOutput);
        JsonNode mismatch = verification(wrongResults, "q14a");
        assertThat(mismatch.path("status").asText()).isEqualTo("mismatch");
        assertThat(mismatch.path("engines").path("duckdb").asText()).isEqualTo("mismatch");
        assertThat(mismatch.path("mismatches").get(0).path("engine").asText()).isEqualTo("duckdb");
        assertThat(mismatch.path("mismatches").get(0).path("against").asText()).isEqualTo("expected");
        assertThat(mismatch.path("mismatches").get(0).path("reason").asText())
                .contains("6")
                .contains("5");
        assertThat(verification(wrongResults, "q2").path("status").asText()).isEqualTo("match");
    }
}
