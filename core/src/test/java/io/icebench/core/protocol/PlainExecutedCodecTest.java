package io.icebench.core.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.icebench.core.model.ResultPreview;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PlainExecutedCodecTest {

    private static final ObjectWriter DATABIND = Json.MAPPER.writer().with(JsonWriteFeature.ESCAPE_NON_ASCII);

    @Test
    void writesExactlyWhatDatabindWritesAndReadsItBack() throws Exception {
        List<Message.Executed> replies = List.of(
                new Message.Executed(21_345_678, 4, "o:4b2c0f1e9d8c7b6a", 45_000, null, Map.of()),
                new Message.Executed(0, 0, null, 0, null, null),
                new Message.Executed(Long.MAX_VALUE, -1, "u:0123456789abcdef", Long.MIN_VALUE, null, Map.of()));
        for (Message.Executed reply : replies) {
            assertThat(PlainExecutedCodec.fits(reply)).isTrue();
            byte[] plain = PlainExecutedCodec.write(reply);
            assertThat(new String(plain, StandardCharsets.US_ASCII)).isEqualTo(DATABIND.writeValueAsString(reply));
            assertThat(PlainExecutedCodec.read(plain, 0, plain.length))
                    .isEqualTo(reply)
                    .isEqualTo(Json.MAPPER.readValue(plain, Message.class));
        }
    }

    @Test
    void leavesEveryOtherMessageAndShapeToDatabind() throws Exception {
        ResultPreview preview = new ResultPreview(List.of("x"), List.of("integer"), List.of(List.of(1L)));
        assertThat(PlainExecutedCodec.fits(new Message.Executed(1, 1, "u:00", 0, preview, Map.of())))
                .isFalse();
        assertThat(PlainExecutedCodec.fits(new Message.Executed(1, 1, "u:00", 0, null, Map.of("cpu_ms", 1))))
                .isFalse();
        assertThat(PlainExecutedCodec.fits(new Message.Ready(1, null))).isFalse();
        assertThat(PlainExecutedCodec.fits(new Message.Executed(1, 1, "naïve \"quoted\"\n", 0, null, Map.of())))
                .isFalse();
        for (String json : List.of(
                "{\"type\":\"ready\",\"nanos\":1,\"version\":null}",
                "{\"type\":\"executed\",\"nanos\":1.5,\"rows\":1,\"fingerprint\":\"u:00\",\"fingerprint_nanos\":0}",
                "{\"type\":\"executed\",\"nanos\":1,\"rows\":1,\"engine_stats\":{\"cpu_ms\":12.5}}",
                "{\"type\":\"executed\",\"nanos\":1,\"unknown\":2}",
                "{\"type\":\"executed\",\"nanos\":1,\"rows\":99999999999999999999}",
                "{\"type\":\"executed\",\"nanos\":1} trailing",
                "{\"type\":\"executed\",\"nanos\":01,\"rows\":1,\"fingerprint\":null,\"fingerprint_nanos\":0,"
                        + "\"preview\":null,\"engine_stats\":{}}",
                "{\"type\":\"executed\",\"nanos\":9223372036854775808,\"rows\":1,\"fingerprint\":null,"
                        + "\"fingerprint_nanos\":0,\"preview\":null,\"engine_stats\":{}}",
                "{\"type\":\"executed\",\"nanos\":1,\"rows\":1,\"fingerprint\":\"a\\u0041\",\"fingerprint_nanos\":0,"
                        + "\"preview\":null,\"engine_stats\":{}}",
                "{\"type\":\"executed\", \"nanos\":1,\"rows\":1,\"fingerprint\":null,\"fingerprint_nanos\":0,"
                        + "\"preview\":null,\"engine_stats\":{}}",
                "{\"type\":\"executed\",\"nanos\":")) {
            byte[] bytes = json.getBytes(StandardCharsets.US_ASCII);
            assertThat(PlainExecutedCodec.read(bytes, 0, bytes.length)).as(json).isNull();
        }
    }
}
