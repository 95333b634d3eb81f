package io.icebench.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code --engines duckdb@OLD,duckdb@NEW}: two versions of one engine, each resolved through Maven into the engine
 * cache, run side by side under their labels; a version Maven Central does not have is unavailable with one line,
 * and {@code compare --engines} sets the two versions against each other query by query.
 */
class EngineVersionsTest {

    @RegisterExtension
    static final SharedMetastoreExtension METASTORE = new SharedMetastoreExtension();

    static final String OLD = "duckdb@1.4.2.0";
    static final String NEW = "duckdb@2.0.0.1";
    private static Path output;
    private static Cli.Result run;
    private static JsonNode results;

    @BeforeAll
    static void runTwoVersionsAndOneThatDoesNotExist() throws Exception {
        Path data = METASTORE.shared().dataDir;
        output = data.resolve("versions.json");
        run = Cli.run(
                data,
                "run",
                "--suite",
                "tpch",
                "--queries",
                "q1,q6",
                "--engines",
                OLD + "," + NEW + ",duckdb@9.9.9",
                "--warmup",
                "1",
                "--iterations",
                "3",
                "--output",
                output.toString());
        results = ResultsJson.read(output);
    }

    @Test
    void bothVersionsRunUnderTheirLabelsAndReportTheirVersion() {
        // exit 1: an engine the user named (duckdb@9.9.9) could not run
        assertThat(run.exit()).as(run.all()).isEqualTo(1);
        for (String label : new String[] {OLD, NEW}) {
            JsonNode engine = ResultsJson.engine(results, label);
            assertThat(engine.path("status").asText()).as(label + " " + engine).isEqualTo("ok");
            assertThat(engine.path("engine").asText()).isEqualTo("duckdb");
            String version = label.substring("duckdb@".length());
            assertThat(engine.path("version").asText()).contains(version.substring(0, version.lastIndexOf('.')));
            assertThat(ResultsJson.query(engine, "q1").path("iterations")).hasSize(3);
            assertThat(ResultsJson.query(engine, "q6").path("iterations")).hasSize(3);
        }
    }

    @Test
    void aVersionThatCannotBeHadIsUnavailableWithOneLine() {
        JsonNode missing = ResultsJson.engine(results, "duckdb@9.9.9");
        assertThat(missing.path("status").asText()).isEqualTo("unavailable");
        String reason = missing.path("error").path("message").asText();
        assertThat(reason).startsWith("no such version on Maven Central").doesNotContain("\n");
        assertThat(run.all()).contains("duckdb@9.9.9").contains("no such version on Maven Central");
    }

    @Test
    void compareSetsTheTwoVersionsSideBySide() throws Exception {
        Cli.Result compare = Cli.run(
                METASTORE.shared().dataDir,
                "compare",
                output.toString(),
                "--engines",
                OLD + "," + NEW,
                "--threshold",
                "40%");
        assertThat(compare.exit()).as(compare.all()).isIn(0, 1);
        assertThat(compare.out())
                .containsPattern(NEW + " vs " + OLD + " +q1 .+×")
                .containsPattern(NEW + " vs " + OLD + " +q6 .+×");
    }

    @Test
    void aMalformedVersionIsAUsageError() throws Exception {
        Cli.Result bad = Cli.run(METASTORE.shared().dataDir, "run", "--suite", "tpch", "--engines", "duckdb@");
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err().strip().lines()).hasSize(1);
        assertThat(bad.err()).contains("--engines entry 'duckdb@' is not NAME, NAME@VERSION");
    }
}
