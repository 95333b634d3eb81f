package io.icebench.cli.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.icebench.core.protocol.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** docs/results.schema.json describes the results file icebench writes, and rejects what it must not hold. */
class ResultsSchemaTest {

    private static final Path SCHEMAS = Path.of("..", "docs");
    private static final String ID = "https://icebench.io/schemas/";

    /** What is wrong with {@code results} against {@code docs/<schemaFile>} (which may refer to the other schema). */
    static List<String> problems(String schemaFile, JsonNode results) throws IOException {
        Map<String, String> schemas = new HashMap<>();
        for (String file : List.of("results.schema.json", "scale-results.schema.json")) {
            schemas.put(ID + file, Files.readString(SCHEMAS.resolve(file)));
        }
        Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12, b -> b.schemas(schemas))
                .getSchema(SchemaLocation.of(ID + schemaFile));
        return schema.validate(results).stream().map(Error::toString).toList();
    }

    @Test
    void aRunsResultsMatchTheSchema() throws IOException {
        assertThat(problems("results.schema.json", Json.MAPPER.valueToTree(FixedResults.run())))
                .isEmpty();
        assertThat(problems("results.schema.json", Json.MAPPER.valueToTree(FixedResults.coldOnly())))
                .as("a run with --iterations 0")
                .isEmpty();
    }

    @Test
    void aScaleRunsResultsMatchTheirSchema() throws IOException {
        assertThat(problems("scale-results.schema.json", Json.MAPPER.valueToTree(FixedResults.scale())))
                .isEmpty();
    }

    @Test
    void aStatusOutsideTheEnumAndAMissingFieldAreRejected() throws IOException {
        ObjectNode results = Json.MAPPER.valueToTree(FixedResults.run());
        ((ObjectNode) results.path("engines").get(0)).put("status", "okay");
        results.remove("format_version");
        assertThat(problems("results.schema.json", results))
                .hasSize(2)
                .anySatisfy(p -> assertThat(p).contains("/engines/0/status"))
                .anySatisfy(p -> assertThat(p).contains("format_version"));
    }
}
