package io.icebench.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.icebench.catalog.IcebergCatalog;
import io.icebench.catalog.TableName;
import io.icebench.core.protocol.Json;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import org.apache.iceberg.Table;
import org.apache.iceberg.data.IcebergGenerics;
import org.apache.iceberg.data.Record;
import org.apache.iceberg.io.CloseableIterable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** DuckDB's answers to TPC-H Q1 and Q6, checked against sums computed in Java from Iceberg's own reader. */
class TpchAnswersTest {

    @RegisterExtension
    static final SharedMetastoreExtension METASTORE = new SharedMetastoreExtension();

    private static JsonNode results;
    private static Cli.Result run;

    @BeforeAll
    static void runQ1AndQ6() throws Exception {
        SharedMetastore shared = METASTORE.shared();
        Path output = shared.dataDir.resolve("answers.json");
        run = Cli.run(
                shared.dataDir,
                "run",
                "--suite",
                "tpch",
                "--queries",
                "q1,q6",
                "--engines",
                "duckdb",
                "--iterations",
                "3",
                "--output",
                output.toString());
        assertThat(run.exit()).as(run.all()).isZero();
        results = Json.MAPPER.readTree(output.toFile());
    }

    private static JsonNode query(String id) {
        for (JsonNode q : results.path("engines").get(0).path("queries")) {
            if (q.path("id").asText().equals(id)) {
                return q;
            }
        }
        throw new AssertionError("no " + id + " in results");
    }

    private static Iterable<Record> lineitem(IcebergCatalog catalog) {
        Table table = catalog.load(TableName.parse("tpch.lineitem", "warehouse", "tpch"));
        return IcebergGenerics.read(table).build();
    }

    @Test
    void q6RevenueEqualsAnExactSumOverIcebergRecords() throws Exception {
        BigDecimal expected = BigDecimal.ZERO;
        try (IcebergCatalog catalog = IcebergCatalog.connect(METASTORE.shared().uri, null, "warehouse");
                CloseableIterable<Record> rows = (CloseableIterable<Record>) lineitem(catalog)) {
            for (Record r : rows) {
                LocalDate ship = (LocalDate) r.getField("l_shipdate");
                BigDecimal discount = (BigDecimal) r.getField("l_discount");
                BigDecimal quantity = (BigDecimal) r.getField("l_quantity");
                if (!ship.isBefore(LocalDate.of(1994, 1, 1))
                        && ship.isBefore(LocalDate.of(1995, 1, 1))
                        && discount.compareTo(new BigDecimal("0.05")) >= 0
                        && discount.compareTo(new BigDecimal("0.07")) <= 0
                        && quantity.compareTo(new BigDecimal("24")) < 0) {
                    expected = expected.add(((BigDecimal) r.getField("l_extendedprice")).multiply(discount));
                }
            }
        }
        JsonNode q6 = query("q6");
        assertThat(q6.path("status").asText()).isEqualTo("ok");
        BigDecimal revenue =
                q6.path("result_preview").path("rows").get(0).get(0).decimalValue();
        assertThat(expected.signum()).isPositive();
        assertThat(revenue).isEqualByComparingTo(expected);
    }

    @Test
    void q1GroupsEqualExactSumsOverIcebergRecords() throws Exception {
        Map<String, BigDecimal[]> groups = new TreeMap<>();
        try (IcebergCatalog catalog = IcebergCatalog.connect(METASTORE.shared().uri, null, "warehouse");
                CloseableIterable<Record> rows = (CloseableIterable<Record>) lineitem(catalog)) {
            for (Record r : rows) {
                if (((LocalDate) r.getField("l_shipdate")).isAfter(LocalDate.of(1998, 9, 2))) {
                    continue;
                }
                String key = r.getField("l_returnflag") + "|" + r.getField("l_linestatus");
                BigDecimal qty = (BigDecimal) r.getField("l_quantity");
                BigDecimal price = (BigDecimal) r.getField("l_extendedprice");
                BigDecimal disc = (BigDecimal) r.getField("l_discount");
                BigDecimal tax = (BigDecimal) r.getField("l_tax");
                BigDecimal discPrice = price.multiply(BigDecimal.ONE.subtract(disc));
                BigDecimal[] sums = groups.computeIfAbsent(key, k -> new BigDecimal[] {
                    BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO
                });
                sums[0] = sums[0].add(qty);
                sums[1] = sums[1].add(price);
                sums[2] = sums[2].add(discPrice);
                sums[3] = sums[3].add(discPrice.multiply(BigDecimal.ONE.add(tax)));
                sums[4] = sums[4].add(BigDecimal.ONE);
            }
        }
        JsonNode q1 = query("q1");
        assertThat(q1.path("rows").asLong()).isEqualTo(groups.size());
        JsonNode preview = q1.path("result_preview");
        assertThat(preview.path("columns").get(0).asText()).isEqualTo("l_returnflag");
        assertThat(preview.path("rows")).hasSize(groups.size());
        int i = 0;
        for (Map.Entry<String, BigDecimal[]> group : groups.entrySet()) {
            JsonNode row = preview.path("rows").get(i++);
            assertThat(row.get(0).asText() + "|" + row.get(1).asText()).isEqualTo(group.getKey());
            BigDecimal[] sums = group.getValue();
            assertThat(row.get(2).decimalValue()).isEqualByComparingTo(sums[0]);
            assertThat(row.get(3).decimalValue()).isEqualByComparingTo(sums[1]);
            assertThat(row.get(4).decimalValue()).isEqualByComparingTo(sums[2]);
            assertThat(row.get(5).decimalValue()).isEqualByComparingTo(sums[3]);
            assertThat(row.get(9).asLong()).isEqualTo(sums[4].longValueExact());
            double avgQty = sums[0].doubleValue() / sums[4].doubleValue();
            assertThat(row.get(6).asDouble()).isCloseTo(avgQty, org.assertj.core.data.Percentage.withPercentage(1e-7));
        }
    }

    @Test
    void resultsFileCarriesTheMeasurementsAndTheirContext() {
        JsonNode engine = results.path("engines").get(0);
        assertThat(engine.path("name").asText()).isEqualTo("duckdb");
        assertThat(engine.path("version").asText()).startsWith("v2.0.0");
        assertThat(engine.path("status").asText()).isEqualTo("ok");
        assertThat(engine.path("setup_ms").asDouble()).isPositive();
        assertThat(results.path("environment").path("cores").asInt()).isPositive();
        assertThat(results.path("tables")).hasSize(8);
        assertThat(results.path("tables").get(0).path("snapshot_id").asLong()).isPositive();
        JsonNode q1 = query("q1");
        assertThat(q1.path("cold_ms").asDouble()).isPositive();
        assertThat(q1.path("iterations")).hasSize(3);
        for (JsonNode it : q1.path("iterations")) {
            assertThat(it.path("roundtrip_ms").asDouble())
                    .isGreaterThanOrEqualTo(it.path("ms").asDouble());
            assertThat(it.path("peak_rss_bytes").asLong()).isGreaterThan(10L << 20);
            assertThat(it.path("rows").asLong()).isEqualTo(4);
            assertThat(it.path("fingerprint").asText())
                    .isEqualTo(q1.path("fingerprint").asText());
        }
        JsonNode stats = q1.path("stats");
        assertThat(stats.path("n").asInt()).isEqualTo(3);
        assertThat(stats.path("min_ms").asDouble())
                .isLessThanOrEqualTo(stats.path("median_ms").asDouble());
        assertThat(run.out()).contains("Iteration 3/3... ✅").contains("🏆 Fastest: duckdb");
    }
}
