package io.icebench.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.icebench.core.config.Defaults;
import io.icebench.core.model.ErrorKind;
import io.icebench.core.model.ResultPreview;
import io.icebench.core.protocol.FrameCodec;
import io.icebench.core.protocol.FrameReader;
import io.icebench.core.protocol.Json;
import io.icebench.core.protocol.Message;
import io.icebench.core.result.CanonicalValue;
import io.icebench.core.result.ResultFingerprint;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The Java side of the contract with the Python worker: contract/*.json, which python/tests/test_contract.py reads too. */
class ContractVectorsTest {

    private static final Path CONTRACT = contractDirectory();
    /** Keeps decimals as written (1.10 stays 1.10), as the frames do. */
    private static final ObjectMapper EXACT =
            Json.MAPPER.copy().setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));

    @TestFactory
    List<DynamicTest> everyFrameReadsAsItsMessage() throws Exception {
        return each(
                read("frames.json").path("frames"),
                vector -> DynamicTest.dynamicTest(vector.path("name").asText(), () -> {
                    List<String> stray = new ArrayList<>();
                    Message message = reader(vector.path("frame").asText()).read(stray::add);
                    assertThat(message).isNotNull();
                    assertThat(tree(message)).isEqualTo(normalised(vector.path("message")));
                    assertThat(stray).isEmpty();
                }));
    }

    @TestFactory
    List<DynamicTest> javaWritesEachOfItsMessagesAsExactlyItsFrame() throws Exception {
        List<JsonNode> written = new ArrayList<>();
        read("frames.json").path("frames").forEach(v -> {
            if (v.path("writers").toString().contains("\"java\"")) {
                written.add(v);
            }
        });
        assertThat(written).hasSizeGreaterThan(10);
        return written.stream()
                .map(vector -> DynamicTest.dynamicTest(vector.path("name").asText(), () -> {
                    Message message =
                            Json.MAPPER.readValue(EXACT.writeValueAsString(vector.path("message")), Message.class);
                    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                    FrameCodec.write(bytes, message);
                    assertThat(bytes.toString(StandardCharsets.US_ASCII))
                            .isEqualTo(vector.path("frame").asText());
                }))
                .toList();
    }

    @TestFactory
    List<DynamicTest> streamsGiveTheirMessagesAndStrayLines() throws Exception {
        return each(
                read("frames.json").path("streams"),
                vector -> DynamicTest.dynamicTest(vector.path("name").asText(), () -> {
                    List<String> stray = new ArrayList<>();
                    FrameReader in = reader(vector.path("stream").asText());
                    List<JsonNode> messages = new ArrayList<>();
                    Message message;
                    while ((message = in.read(stray::add)) != null) {
                        messages.add(tree(message));
                    }
                    JsonNode expected = vector.path("messages");
                    assertThat(messages).hasSize(expected.size());
                    for (int i = 0; i < messages.size(); i++) {
                        for (Iterator<String> fields = expected.get(i).fieldNames(); fields.hasNext(); ) {
                            String field = fields.next();
                            assertThat(messages.get(i).path(field))
                                    .as(field)
                                    .isEqualTo(expected.get(i).path(field));
                        }
                    }
                    assertThat(stray).containsExactlyElementsOf(texts(vector.path("stray")));
                }));
    }

    @Test
    void limitsAreThoseOfTheJavaSide() throws Exception {
        JsonNode limits = read("frames.json").path("limits");
        assertThat(limits.path("marker").asText()).isEqualTo(FrameCodec.MARKER);
        assertThat(limits.path("fingerprint_buffer_rows").asInt()).isEqualTo(Defaults.FINGERPRINT_BUFFER_ROWS);
        assertThat(limits.path("series_limit_ms").asLong()).isEqualTo(Defaults.SERIES_LIMIT.toMillis());
        assertThat(limits.path("preview_cut_mark").asText()).isEqualTo(ResultPreview.CUT_MARK);
    }

    @TestFactory
    List<DynamicTest> everyValueHasItsCanonicalTextKindAndPreview() throws Exception {
        return each(
                read("values.json").path("canonical"),
                vector -> DynamicTest.dynamicTest(vector.path("value").toString(), () -> {
                    Object value = value(vector.path("value"));
                    assertThat(CanonicalValue.of(value))
                            .isEqualTo(vector.path("canonical").asText());
                    assertThat(CanonicalValue.kind(value))
                            .isEqualTo(
                                    vector.path("kind").isNull()
                                            ? null
                                            : vector.path("kind").asText());
                    JsonNode preview = Json.MAPPER.valueToTree(CanonicalValue.forPreview(value));
                    JsonNode expected = vector.path("preview");
                    if (expected.isNumber()) {
                        assertThat(preview.isNumber()).as(preview.toString()).isTrue();
                        assertThat(preview.decimalValue()).isEqualByComparingTo(expected.decimalValue());
                    } else {
                        assertThat(preview).isEqualTo(expected);
                    }
                }));
    }

    @TestFactory
    List<DynamicTest> everyResultHasItsFingerprint() throws Exception {
        return each(
                read("values.json").path("fingerprints"),
                vector -> DynamicTest.dynamicTest(vector.path("name").asText(), () -> {
                    ResultFingerprint fingerprint =
                            new ResultFingerprint(vector.path("ordered").asBoolean());
                    for (JsonNode row : vector.path("rows")) {
                        fingerprint.add(StreamSupport.stream(row.spliterator(), false)
                                .map(ContractVectorsTest::value)
                                .toArray());
                    }
                    assertThat(fingerprint.value())
                            .isEqualTo(vector.path("fingerprint").asText());
                    assertThat(fingerprint.rows()).isEqualTo(vector.path("rows").size());
                }));
    }

    @Test
    void theErrorKindsAreTheContractsInItsOrder() throws Exception {
        assertThat(Arrays.stream(ErrorKind.values()).map(ErrorKind::label).toList())
                .containsExactlyElementsOf(texts(read("errors.json").path("kinds")));
    }

    @TestFactory
    List<DynamicTest> aFailureIsRepliedWithTheKindTheRuleSays() throws Exception {
        return each(
                read("errors.json").path("replies"),
                vector -> DynamicTest.dynamicTest(vector.toString(), () -> {
                    Message request = Json.MAPPER.readValue(
                            "{\"type\":\"" + vector.path("request").asText() + "\"}", Message.class);
                    Message.Error reply = Message.Error.replyTo(
                            request, ErrorKind.fromLabel(vector.path("raised").asText()), "failed");
                    assertThat(reply.kind().label())
                            .isEqualTo(vector.path("reported").asText());
                    assertThat(reply.message()).isEqualTo("failed");
                }));
    }

    /** A value of the contract's typed notation ({@code {"decimal": "1.10"}}) as a JDBC driver hands it over. */
    private static Object value(JsonNode typed) {
        if (typed.isNull()) {
            return null;
        }
        Map.Entry<String, JsonNode> entry = typed.fields().next();
        String text = entry.getValue().asText();
        return switch (entry.getKey()) {
            case "integer" -> {
                BigInteger integer = new BigInteger(text);
                yield integer.bitLength() < 64 ? (Object) integer.longValueExact() : integer;
            }
            case "double" -> Double.parseDouble(text);
            case "float" -> Float.parseFloat(text);
            case "decimal" -> new BigDecimal(text);
            case "boolean" -> entry.getValue().asBoolean();
            case "text" -> text;
            case "date" -> LocalDate.parse(text);
            case "time" -> LocalTime.parse(text);
            case "timestamp" -> LocalDateTime.parse(text);
            case "timestamptz" -> OffsetDateTime.parse(text);
            case "binary" -> HexFormat.of().parseHex(text);
            default -> throw new IllegalArgumentException("unknown value type in the contract: " + entry.getKey());
        };
    }

    private static JsonNode tree(Message message) throws Exception {
        return EXACT.readTree(Json.MAPPER.writeValueAsString(message));
    }

    private static JsonNode normalised(JsonNode node) throws Exception {
        return EXACT.readTree(EXACT.writeValueAsString(node));
    }

    private static FrameReader reader(String text) {
        return new FrameReader(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<String> texts(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false)
                .map(JsonNode::asText)
                .toList();
    }

    private static List<DynamicTest> each(JsonNode vectors, java.util.function.Function<JsonNode, DynamicTest> test) {
        assertThat(vectors.size()).as("vectors").isPositive();
        return StreamSupport.stream(vectors.spliterator(), false).map(test).toList();
    }

    private static JsonNode read(String file) throws Exception {
        return EXACT.readTree(Files.readString(CONTRACT.resolve(file), StandardCharsets.UTF_8));
    }

    /** contract/ at the top of the checkout; the tests run in the module's directory. */
    private static Path contractDirectory() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("contract"))) {
                return dir.resolve("contract");
            }
        }
        throw new IllegalStateException(
                "no contract/ directory above " + Path.of("").toAbsolutePath());
    }
}
