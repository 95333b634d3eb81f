package io.icebench.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.icebench.catalog.IcebergCatalog;
import io.icebench.catalog.TableName;
import io.icebench.core.model.TableSnapshot;
import java.util.Map;
import org.apache.iceberg.Table;
import org.apache.iceberg.data.IcebergGenerics;
import org.apache.iceberg.data.Record;
import org.apache.iceberg.io.CloseableIterable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class TpchGenerationTest {

    /** Row counts of the TPC-H specification at SF 0.01. */
    private static final Map<String, Long> SPEC_ROWS = Map.of(
            "lineitem",
            60_175L,
            "orders",
            15_000L,
            "customer",
            1_500L,
            "part",
            2_000L,
            "partsupp",
            8_000L,
            "supplier",
            100L,
            "nation",
            25L,
            "region",
            5L);

    @RegisterExtension
    static final SharedMetastoreExtension METASTORE = new SharedMetastoreExtension();

    @Test
    void allEightTablesHaveTheSpecRowCountsInRealParquetFiles() throws Exception {
        SharedMetastore shared = METASTORE.shared();
        try (IcebergCatalog catalog = IcebergCatalog.connect(shared.uri, null, "warehouse")) {
            for (Map.Entry<String, Long> expected : SPEC_ROWS.entrySet()) {
                TableSnapshot snapshot =
                        catalog.resolve(TableName.parse("tpch." + expected.getKey(), "warehouse", "tpch"));
                assertThat(snapshot.rows()).as(expected.getKey()).isEqualTo(expected.getValue());
                assertThat(snapshot.dataFiles())
                        .allSatisfy(
                                f -> assertThat(java.nio.file.Path.of(f.path())).exists());
                Table table = catalog.load(TableName.parse("tpch." + expected.getKey(), "warehouse", "tpch"));
                long counted = 0;
                try (CloseableIterable<Record> rows =
                        IcebergGenerics.read(table).build()) {
                    for (Record ignored : rows) {
                        counted++;
                    }
                }
                assertThat(counted)
                        .as("rows read back from " + expected.getKey())
                        .isEqualTo(expected.getValue());
                assertThat(table.properties()).containsEntry("write.parquet.compression-codec", "zstd");
            }
            Table lineitem = catalog.load(TableName.parse("tpch.lineitem", "warehouse", "tpch"));
            assertThat(lineitem.schema().findType("l_extendedprice").toString()).isEqualTo("decimal(15, 2)");
            assertThat(lineitem.schema().findType("l_shipdate").toString()).isEqualTo("date");
        }
    }

    @Test
    void generatingAgainAtTheSameScaleKeepsTheTables() throws Exception {
        SharedMetastore shared = METASTORE.shared();
        Cli.Result again =
                Cli.run(shared.dataDir, "generate", "tpch", "--scale", Double.toString(SharedMetastore.SCALE));
        assertThat(again.exit()).as(again.all()).isZero();
        assertThat(again.out()).contains("nothing to write").doesNotContain(" written");
        Cli.Result otherScale = Cli.run(shared.dataDir, "generate", "tpch", "--scale", "0.02");
        assertThat(otherScale.exit()).isEqualTo(2);
        assertThat(otherScale.err())
                .contains("already exists with other generator settings")
                .contains("--replace");
    }
}
