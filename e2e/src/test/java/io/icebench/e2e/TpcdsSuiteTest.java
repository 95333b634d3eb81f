package io.icebench.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.icebench.catalog.IcebergCatalog;
import io.icebench.catalog.TableName;
import io.icebench.core.verify.QueryVerification;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code quickstart --suite tpcds}: TPC-DS SF 0.01 generated through the real metastore, then its queries on DuckDB
 * and Spark ({@code --iterations 0}: each query's cold run only): every table has dsdgen's row count, each engine
 * fails at most 8 queries, and the two never disagree on a query both answered. CI runs every fourth query (q01, q05,
 * q09, ... with their a/b parts) and those the checks name (35 of 103; Spark's cold runs of the other 68 add 40-90 s);
 * {@code -Dtpcds.queries=all} runs all 103.
 */
@ExtendWith(SharedTrinoExtension.class)
class TpcdsSuiteTest {

    /**
     * Rows at SF 0.01 as io.trino.tpcds (dsdgen's port) gives them. The specification defines scale factors
     * from 1 up; below 1 the dimension tables keep their minimum sizes and the fact tables shrink.
     */
    private static final Map<String, Long> ROWS_AT_SF_0_01 = new TreeMap<>(Map.ofEntries(
            Map.entry("call_center", 2L),
            Map.entry("catalog_page", 11_718L),
            Map.entry("catalog_returns", 8_923L),
            Map.entry("catalog_sales", 89_807L),
            Map.entry("customer", 1_000L),
            Map.entry("customer_address", 1_000L),
            Map.entry("customer_demographics", 1_920_800L),
            Map.entry("date_dim", 73_049L),
            Map.entry("household_demographics", 7_200L),
            Map.entry("income_band", 20L),
            Map.entry("inventory", 261_261L),
            Map.entry("item", 2_000L),
            Map.entry("promotion", 3L),
            Map.entry("reason", 1L),
            Map.entry("ship_mode", 20L),
            Map.entry("store", 2L),
            Map.entry("store_returns", 11_925L),
            Map.entry("store_sales", 120_527L),
            Map.entry("time_dim", 86_400L),
            Map.entry("warehouse", 1L),
            Map.entry("web_page", 2L),
            Map.entry("web_returns", 1_152L),
            Map.entry("web_sales", 11_876L),
            Map.entry("web_site", 2L)));

    /** Queries whose LIMIT lets in other rows by NULL order at SF 0.01, with sort keys the check can tell. */
    private static final String[] NULL_ORDER_QUERIES = {"q46", "q05", "q18", "q76", "q80"};
    /**
     * Differences the check cannot tell apart (measured: these 6): q35, q36, q79, q86 sort by an expression or a
     * column not selected, so the order cannot be checked on the answer; q12, q90 divide 0.0 by 0.0 (NaN against NULL).
     */
    private static final String[] UNEXPLAINED_QUERIES = {"q35", "q36", "q79", "q86", "q12", "q90"};

    private static final int MAX_UNEXPLAINED = UNEXPLAINED_QUERIES.length;
    /** Queries an engine may fail (measured on all 103: none). */
    private static final int MAX_FAILED = 8;

    private static final boolean ALL_QUERIES =
            System.getProperty("tpcds.queries", "").equals("all");
    /** Queries Trino runs in its own variant, one or more of each kind (docs/tpcds.md). */
    private static final String TRINO_VARIANT_QUERIES = "q16,q21,q34,q36,q47,q61,q66,q75,q83";

    @RegisterExtension
    static final SharedMetastoreExtension METASTORE = new SharedMetastoreExtension();

    private static JsonNode results;
    private static String console;

    @BeforeAll
    static void generateAndRun() throws Exception {
        SharedMetastore shared = METASTORE.shared();
        Path output = shared.dataDir.resolve("tpcds.json");
        // quickstart generates the suite's data, then runs it
        List<String> args = new ArrayList<>(List.of(
                "quickstart",
                "--suite",
                "tpcds",
                "--scale",
                "0.01",
                "--engines",
                "duckdb,spark",
                "--spark-master",
                "local[2]",
                "--spark-conf",
                "spark.sql.shuffle.partitions=2",
                "--iterations",
                "0",
                "--timeout",
                "20m",
                "--output",
                output.toString()));
        if (!ALL_QUERIES) {
            args.addAll(List.of("--queries", checkedQueries()));
        }
        Cli.Result run = Cli.runWithin(Duration.ofMinutes(25), shared.dataDir, args.toArray(String[]::new));
        assertThat(run.exit()).as(run.all()).isIn(0, 1);
        assertThat(run.out()).contains("📦 tpcds SF 0.01 in ").containsPattern("wrote [\\d,]+ rows|already in");
        results = ResultsJson.read(output);
        console = run.out();
        assertThat(results.path("settings").path("suite_name").asText()).isEqualTo("tpcds");
    }

    @Test
    void all24TablesHaveDsdgensRowCounts() throws Exception {
        assertThat(ROWS_AT_SF_0_01).hasSize(24);
        try (IcebergCatalog catalog = IcebergCatalog.connect(METASTORE.shared().uri, null, "warehouse")) {
            for (Map.Entry<String, Long> table : ROWS_AT_SF_0_01.entrySet()) {
                long rows = catalog.resolve(TableName.parse("tpcds." + table.getKey(), "warehouse", "tpcds"))
                        .rows();
                assertThat(rows).as(table.getKey()).isEqualTo(table.getValue());
            }
        }
    }

    /** {@code --iterations 0}: a cold run per query, its time and answer kept, no measured run, no ranking. */
    @Test
    void iterationsZeroKeepsTheColdRunAlone() {
        for (String engine : List.of("duckdb", "spark")) {
            for (JsonNode query : ResultsJson.engine(results, engine).path("queries")) {
                if (query.path("status").asText().equals("ok")) {
                    assertThat(query.path("cold_ms").asDouble()).as(engine).isPositive();
                    assertThat(query.path("iterations")).as(engine).isEmpty();
                    assertThat(query.path("stats").isNull()).as(engine).isTrue();
                }
            }
        }
        assertThat(console)
                .contains("the cold run only (--iterations 0")
                .contains("🧊 Cold runs only (no measured runs): total of cold runs over ")
                .doesNotContain("🏆 Fastest");
    }

    @Test
    void duckdbAndSparkEachFailAtMost8Queries() {
        for (String engine : List.of("duckdb", "spark")) {
            List<String> failed = new ArrayList<>();
            int ok = 0;
            for (JsonNode query : ResultsJson.engine(results, engine).path("queries")) {
                if (query.path("status").asText().equals("ok")) {
                    ok++;
                } else {
                    failed.add(query.path("id").asText() + ": "
                            + query.path("error").asText());
                }
            }
            assertThat(failed).as(engine + " answered " + ok).hasSizeLessThanOrEqualTo(MAX_FAILED);
        }
    }

    /**
     * The engines agree wherever the SQL determines the answer. Where it does not, DuckDB and Spark differ by
     * their own defaults (docs/tpcds.md): NULLs sort last in DuckDB and first in Spark for ascending keys, which
     * the answer check calls a NULL order when it can tell the sort keys from the answer; and 0.0/0.0 is NaN in
     * DuckDB and NULL in Spark. What is left must show a NULL or NaN in the first row that differs (a ROLLUP
     * sorted by an expression); any other difference is a wrong answer.
     */
    @Test
    void answersAgreeWhereTheSqlDeterminesThem() {
        List<String> wrong = new ArrayList<>();
        List<String> nullOrder = new ArrayList<>();
        int engineDefaults = 0;
        for (JsonNode query : results.path("verification")) {
            String status = query.path("status").asText();
            if (status.equals(QueryVerification.NULL_ORDER)) {
                nullOrder.add(query.path("query").asText());
            }
            if (status.equals(QueryVerification.MISMATCH) || status.equals(QueryVerification.DISAGREE)) {
                JsonNode first = query.path("differences").path(0);
                if (hasNullOrNaN(first.path("expected")) || hasNullOrNaN(first.path("actual"))) {
                    engineDefaults++;
                } else {
                    wrong.add(query.path("query").asText() + " " + query.path("differences"));
                }
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(nullOrder)
                .as("queries whose LIMIT cuts differently by NULL order")
                .contains(NULL_ORDER_QUERIES);
        assertThat(console).contains(NULL_ORDER_QUERIES[0] + ": NULL order");
        assertThat(engineDefaults)
                .as("queries differing by NULL order or NaN, not told apart")
                .isLessThanOrEqualTo(MAX_UNEXPLAINED);
    }

    /**
     * Trino (the shared real server, {@link SharedTrino}) runs its variants and answers as DuckDB does: typed date
     * literals (q16, q83) and quotients and averages in DOUBLE where Trino's integer division (q21, q34) or decimal
     * division and AVG at the operand's scale (q36, q47, q61, q66, q75) would give another number.
     */
    @Test
    void trinoVariantsAnswerAsDuckDbDoes(SharedTrino trino) throws Exception {
        SharedMetastore shared = METASTORE.shared();
        Path output = shared.dataDir.resolve("tpcds-trino.json");
        Cli.Result run = trino.icebench(
                "run",
                "--suite",
                "tpcds",
                "--namespace",
                "tpcds",
                "--queries",
                TRINO_VARIANT_QUERIES,
                "--engines",
                "duckdb,trino",
                "--iterations",
                "0",
                "--output",
                output.toString());
        assertThat(run.exit()).as(run.all()).isZero();
        JsonNode trinoRun = ResultsJson.read(output);
        for (JsonNode query : ResultsJson.engine(trinoRun, "trino").path("queries")) {
            assertThat(query.path("status").asText()).as(query.toString()).isEqualTo("ok");
            assertThat(query.path("variant").asText())
                    .as(query.path("id").asText())
                    .isEqualTo("trino");
        }
        for (JsonNode query : trinoRun.path("verification")) {
            assertThat(query.path("status").asText()).as(query.toString()).isEqualTo("match");
        }
        assertThat(trinoRun.path("verification")).hasSize(TRINO_VARIANT_QUERIES.split(",").length);
    }

    /** Every fourth query (numbers 1, 5, 9, ...; q14a and q14b are not, q23a and q23b are not) and every query a check names. */
    private static String checkedQueries() throws IOException {
        Set<String> named = new TreeSet<>(List.of(NULL_ORDER_QUERIES));
        named.addAll(List.of(UNEXPLAINED_QUERIES));
        try (Stream<Path> files = Files.list(Cli.HOME.resolve("cli/src/main/resources/suites/tpcds"))) {
            files.map(file -> file.getFileName().toString())
                    .filter(name -> name.matches("q\\d+[ab]?\\.sql"))
                    .map(name -> name.substring(0, name.length() - ".sql".length()))
                    .filter(id -> Integer.parseInt(id.replaceAll("\\D", "")) % 4 == 1)
                    .forEach(named::add);
        }
        return String.join(",", named);
    }

    private static boolean hasNullOrNaN(JsonNode row) {
        for (JsonNode value : row) {
            if (value.isNull() || value.asText().equals("NaN")) {
                return true;
            }
        }
        return false;
    }
}
