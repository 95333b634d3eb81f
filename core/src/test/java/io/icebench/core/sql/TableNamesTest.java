package io.icebench.core.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.icebench.core.model.TableSnapshot;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shared vectors of table-name mapping (Python's worker passes the same file). */
class TableNamesTest {

    private static JsonNode vectors() throws IOException {
        try (InputStream in = TableNamesTest.class.getResourceAsStream("table-names.json")) {
            return new ObjectMapper().readTree(in);
        }
    }

    private static TableNames names(JsonNode vectors, JsonNode testCase) {
        JsonNode engineCatalog = testCase.path("engine_catalog");
        TableNames names = TableNames.of(
                EngineReads.parse(testCase.path("reads").asText()),
                vectors.path("catalog").asText(),
                vectors.path("default_namespace").asText(),
                engineCatalog.isTextual() ? engineCatalog.asText() : null);
        for (JsonNode table : vectors.path("tables")) {
            names.add(new TableSnapshot(
                    vectors.path("catalog").asText(),
                    table.get(0).asText(),
                    table.get(1).asText(),
                    "/t",
                    1,
                    List.of(),
                    List.of(),
                    List.of(),
                    0,
                    0,
                    null));
        }
        return names;
    }

    @Test
    void everyVectorMapsAsWritten() throws IOException {
        JsonNode vectors = vectors();
        List<String> wrong = new ArrayList<>();
        for (JsonNode testCase : vectors.path("cases")) {
            String mapped = names(vectors, testCase).map(testCase.path("sql").asText());
            if (!mapped.equals(testCase.path("mapped").asText())) {
                wrong.add(testCase.path("sql").asText() + " -> " + mapped);
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(vectors.path("cases").size()).isGreaterThan(10);
    }

    @Test
    void localNamesAreBareInTheDefaultNamespaceOnly() throws IOException {
        JsonNode vectors = vectors();
        for (JsonNode expected : vectors.path("local_names")) {
            assertThat(TableNames.localName(
                            expected.path("namespace").asText(),
                            expected.path("name").asText(),
                            vectors.path("default_namespace").asText()))
                    .isEqualTo(expected.path("local").asText());
        }
    }

    @Test
    void aTableRegisteredAfterAQueryWasMappedChangesItsMapping() {
        TableNames names = TableNames.of(EngineReads.FILES, "warehouse", "tpch", null);
        String sql = "SELECT * FROM warehouse.other.orders";
        assertThat(names.map(sql)).isEqualTo(sql);
        names.add(new TableSnapshot(
                "warehouse", "other", "orders", "/t", 1, List.of(), List.of(), List.of(), 0, 0, null));
        assertThat(names.map(sql)).isEqualTo("SELECT * FROM other__orders");
        assertThat(names.map(sql)).isSameAs(names.map(sql));
    }

    @Test
    void theDeclarationIsFilesOrCatalog() {
        assertThat(EngineReads.parse(" catalog ")).isEqualTo(EngineReads.CATALOG);
        assertThat(EngineReads.FILES.declared()).isEqualTo("files");
        assertThatThrownBy(() -> EngineReads.parse("tables")).hasMessage("reads=tables (expected files or catalog)");
    }
}
