package io.icebench.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Two real engines that give different answers to the same query (TPC-H Q6: Polars computes 0.06 - 0.01 in
 * floats and loses the rows at 0.07) and nothing else to go by: the engines disagree, neither is called wrong,
 * the run fails; once the user names the reference, the other engine is the mismatch.
 */
class AnswerDisagreementTest {

    @RegisterExtension
    static final SharedMetastoreExtension METASTORE = new SharedMetastoreExtension();

    private static JsonNode q6(Path output) throws Exception {
        for (JsonNode v : ResultsJson.read(output).path("verification")) {
            if (v.path("query").asText().equals("q6")) {
                return v;
            }
        }
        throw new AssertionError("no verification of q6 in " + output);
    }

    @Test
    void oneAgainstOneIsADisagreementUntilAReferenceIsNamed() throws Exception {
        Path data = METASTORE.shared().dataDir;
        Path output = Files.createDirectories(data.resolve("disagree")).resolve("results.json");
        Cli.Result run = Cli.run(
                data,
                "run",
                "--suite",
                "tpch",
                "--queries",
                "q6",
                "--engines",
                "duckdb,polars",
                "--iterations",
                "1",
                "--warmup",
                "0",
                "--output",
                output.toString());
        assertThat(run.exit()).as(run.all()).isEqualTo(1);
        JsonNode q6 = q6(output);
        assertThat(q6.path("status").asText()).isEqualTo("disagree");
        assertThat(q6.path("engines").path("duckdb").asText()).isEqualTo("disagree");
        assertThat(q6.path("engines").path("polars").asText()).isEqualTo("disagree");
        assertThat(q6.path("mismatches")).isEmpty();
        assertThat(q6.path("agreeing")).isEmpty();
        assertThat(q6.path("groups").toString()).isEqualTo("[[\"duckdb\"],[\"polars\"]]");
        assertThat(run.out())
                .contains("0 mismatch, 0 unverified, 1 engines disagree")
                .contains("❗ q6: engines disagree: [duckdb] · [polars] — no strict majority")
                .doesNotContain("differs from");
        String markdown = Files.readString(output.resolveSibling("report.md"));
        assertThat(markdown)
                .contains("**q6: engines disagree**: [duckdb] · [polars]")
                .doesNotContain("mismatch");
        String html = Files.readString(output.resolveSibling("report.html"));
        assertThat(html).contains("engines disagree").contains("[duckdb] · [polars]");
        Path csv = output.resolveSibling("report.csv");
        Cli.Result report = Cli.run(data, "report", output.toString(), "--format", "csv", "--out", csv.toString());
        assertThat(report.exit()).as(report.all()).isZero();
        List<String> lines = Files.readAllLines(csv);
        assertThat(lines.get(0)).endsWith(",status,answer");
        assertThat(lines.subList(1, lines.size()))
                .isNotEmpty()
                .allSatisfy(line -> assertThat(line).endsWith(",ok,disagree"));

        Path named = Files.createDirectories(data.resolve("disagree-reference")).resolve("results.json");
        Cli.Result withReference = Cli.run(
                data,
                "run",
                "--suite",
                "tpch",
                "--queries",
                "q6",
                "--engines",
                "duckdb,polars",
                "--reference",
                "duckdb",
                "--iterations",
                "1",
                "--warmup",
                "0",
                "--output",
                named.toString());
        assertThat(withReference.exit()).as(withReference.all()).isEqualTo(1);
        JsonNode referenced = q6(named);
        assertThat(referenced.path("status").asText()).isEqualTo("mismatch");
        assertThat(referenced.path("reference").asText()).isEqualTo("engine");
        assertThat(referenced.path("engines").path("duckdb").asText()).isEqualTo("match");
        assertThat(referenced.path("engines").path("polars").asText()).isEqualTo("mismatch");
        assertThat(referenced.path("mismatches").get(0).path("against").asText())
                .isEqualTo("duckdb");
        assertThat(withReference.out())
                .contains("reference: duckdb (--reference)")
                .contains("❗ q6: polars differs from duckdb");
    }

    @Test
    void anUnknownReferenceIsAUsageError() throws Exception {
        Cli.Result run = Cli.run(
                METASTORE.shared().dataDir,
                "run",
                "--suite",
                "tpch",
                "--queries",
                "q6",
                "--engines",
                "duckdb,polars",
                "--reference",
                "spark");
        assertThat(run.exit()).as(run.all()).isEqualTo(2);
        assertThat(run.err().strip())
                .isEqualTo("icebench: --reference spark is not an engine of this run; choose one of duckdb, polars");
    }
}
