package io.icebench.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Arrow's Acero through Substrait: answers equal DuckDB's where it runs (COUNT, GROUP BY, TPC-H Q6, and Q3/Q18
 * through the join and subquery rewrites); its native crash is one query's result.
 */
class ArrowEngineTest {

    @RegisterExtension
    static final SharedMetastoreExtension METASTORE = new SharedMetastoreExtension();

    @Test
    void tpchQueriesWithJoinsAndSubqueriesMatchDuckDb() throws Exception {
        SharedMetastore shared = METASTORE.shared();
        Path output = Faults.freshOutput(shared, "arrow-tpch");
        Cli.Result run = Cli.run(
                shared.dataDir,
                "run",
                "--suite",
                "tpch",
                "--queries",
                "q3,q6,q18,q13",
                "--engines",
                "duckdb,arrow",
                "--iterations",
                "2",
                "--output",
                output.toString());
        JsonNode results = ResultsJson.read(output);
        JsonNode arrow = ResultsJson.engine(results, "arrow");
        for (JsonNode v : results.path("verification")) {
            if (!v.path("query").asText().equals("q13")) {
                assertThat(v.path("status").asText()).as(run.all()).isEqualTo("match");
            }
        }
        // Acero's Substrait consumer maps no LIKE: said as such, not a crash
        JsonNode like = ResultsJson.query(arrow, "q13").path("error");
        assertThat(like.path("kind").asText()).isEqualTo("unsupported");
        assertThat(like.path("message").asText()).contains("function like");
        assertThat(arrow.path("worker_starts").asInt()).isEqualTo(1);
        assertThat(run.exit()).as(run.all()).isEqualTo(1);
    }

    @Test
    void countAndGroupByMatchDuckDbAndANativeCrashCostsOnlyItsQuery() throws Exception {
        SharedMetastore shared = METASTORE.shared();
        Path suite = Files.createDirectories(shared.dataDir.resolve("arrow-suite"));
        Files.writeString(suite.resolve("a_count.sql"), "select count(*) as n from tpch.lineitem");
        // run as one plan (stages=false), Acero's Substrait consumer dies (SIGSEGV) on a sum over a decimal product
        Files.writeString(
                suite.resolve("b_decimal_sum.sql"),
                "select sum(l_extendedprice * l_discount) as revenue from lineitem");
        Files.writeString(
                suite.resolve("c_group.sql"),
                "select l_returnflag, l_linestatus, count(*) as n, sum(l_quantity) as qty, "
                        + "min(l_shipdate) as first_ship from warehouse.tpch.lineitem where l_shipdate <= date '1998-12-01' - interval '90' day "
                        + "and l_discount between .06 - 0.01 and .06 + 0.01 group by l_returnflag, l_linestatus order by l_returnflag, l_linestatus");
        Path output = Faults.freshOutput(shared, "arrow");
        Cli.Result run = Cli.run(
                shared.dataDir,
                "run",
                "--suite",
                suite.toString(),
                "--engines",
                "duckdb,arrow",
                "-E",
                "arrow.stages=false",
                "--iterations",
                "2",
                "--output",
                output.toString());
        assertThat(run.exit()).as(run.all()).isEqualTo(1);
        JsonNode results = ResultsJson.read(output);
        JsonNode arrow = ResultsJson.engine(results, "arrow");
        assertThat(arrow.path("version").asText()).startsWith("Arrow 18.3.0 Acero");
        assertThat(ResultsJson.query(arrow, "b_decimal_sum")
                        .path("error")
                        .path("kind")
                        .asText())
                .isEqualTo("crash");
        assertThat(arrow.path("worker_starts").asInt()).isEqualTo(2);
        for (JsonNode v : results.path("verification")) {
            if (!v.path("query").asText().equals("b_decimal_sum")) {
                assertThat(v.path("status").asText()).as(v.toString()).isEqualTo("match");
            }
        }
        JsonNode group = ResultsJson.query(arrow, "c_group");
        assertThat(group.path("result_preview").path("columns").toString())
                .isEqualTo("[\"l_returnflag\",\"l_linestatus\",\"n\",\"qty\",\"first_ship\"]");
        assertThat(group.path("result_preview").path("rows").get(0).get(4).asText())
                .matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat(Cli.liveWorkers()).isEmpty();
    }
}
