package io.icebench.engines.duckdb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.icebench.core.model.ColumnDef;
import io.icebench.core.model.DataFileRef;
import io.icebench.core.model.TableSnapshot;
import io.icebench.core.protocol.Message;
import io.icebench.worker.Engine;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The second line of defence behind the coordinator's read-only check, against a real DuckDB. */
class ReadOnlySessionTest {

    @TempDir
    Path dir;

    private Path data;
    private byte[] before;

    @BeforeEach
    void writeATable() throws Exception {
        data = dir.resolve("t/data/00000.parquet");
        Files.createDirectories(data.getParent());
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
                Statement s = c.createStatement()) {
            s.execute("COPY (SELECT range AS x FROM range(10)) TO '" + data + "' (FORMAT parquet)");
        }
        before = Files.readAllBytes(data);
    }

    private DuckDbEngine open(boolean writesAllowed) throws Exception {
        DuckDbEngine engine = new DuckDbEngine();
        engine.open(new Message.Open("warehouse", "gen", null, Map.of("threads", "1"), writesAllowed));
        engine.register(new TableSnapshot(
                "warehouse",
                "gen",
                "t",
                dir.resolve("t").toString(),
                1,
                List.of(new ColumnDef("x", "long", false)),
                List.of(DataFileRef.of(data.toString(), 10, before.length)),
                List.of(),
                10,
                before.length,
                null));
        return engine;
    }

    private static List<Object[]> rows(Engine engine, String sql) throws Exception {
        List<Object[]> rows = new ArrayList<>();
        engine.execute(sql, new Engine.RowConsumer() {
            @Override
            public void columns(List<String> names) {}

            @Override
            public void row(Object[] values) {
                rows.add(values);
            }
        });
        return rows;
    }

    @Test
    void aReadOnlySessionReadsItsTablesAndWritesNoFile() throws Exception {
        Path other = dir.resolve("t/data/other.parquet");
        try (DuckDbEngine engine = open(false)) {
            assertThat(rows(engine, "SELECT count(*) FROM t").get(0)[0]).isEqualTo(10L);
            for (String write : List.of(
                    "COPY (SELECT 1 AS x) TO '" + other + "' (FORMAT parquet)",
                    "EXPLAIN ANALYZE COPY (SELECT 1 AS x) TO '" + data + "' (FORMAT parquet)",
                    "ATTACH '" + dir.resolve("new.duckdb") + "' AS n",
                    "EXPORT DATABASE '" + dir.resolve("export") + "'",
                    "SET enable_external_access = true",
                    "SET allowed_directories = ['" + dir + "']")) {
                assertThatThrownBy(() -> rows(engine, write))
                        .as(write)
                        .hasMessageContaining("Error")
                        .hasMessageNotContaining("can only be used with queries");
            }
            try (Engine client = engine.forConcurrentClient()) {
                assertThatThrownBy(() -> rows(client, "COPY (SELECT 2) TO '" + other + "'"))
                        .hasMessageContaining("Permission");
                assertThat(rows(client, "SELECT sum(x) FROM t").get(0)[0].toString())
                        .isEqualTo("45");
            }
        }
        assertThat(Files.readAllBytes(data)).isEqualTo(before);
        assertThat(other).doesNotExist();
        assertThat(dir.resolve("new.duckdb")).doesNotExist();
        assertThat(dir.resolve("export")).doesNotExist();
    }

    @Test
    void withWritesAllowedTheSameCopyWrites() throws Exception {
        Path other = dir.resolve("t/data/other.parquet");
        try (DuckDbEngine engine = open(true)) {
            // DuckDB's executeQuery runs the COPY, then complains that it returned no result set
            assertThatThrownBy(() -> rows(engine, "COPY (SELECT 1 AS x) TO '" + other + "' (FORMAT parquet)"))
                    .hasMessageContaining("can only be used with queries that return a ResultSet");
        }
        assertThat(other).exists();
    }
}
