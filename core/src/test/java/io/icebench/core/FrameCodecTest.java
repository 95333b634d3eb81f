package io.icebench.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.icebench.core.config.CatalogConnection;
import io.icebench.core.model.ErrorKind;
import io.icebench.core.model.ResultPreview;
import io.icebench.core.protocol.FrameCodec;
import io.icebench.core.protocol.Message;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FrameCodecTest {

    @Test
    void messagesSurviveStrayOutputAroundThem() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write("engine banner printed to stdout\n".getBytes(StandardCharsets.UTF_8));
        FrameCodec.write(
                bytes,
                new Message.Open(
                        "warehouse",
                        "tpch",
                        CatalogConnection.hive("thrift://127.0.0.1:9083"),
                        Map.of("threads", "2")));
        bytes.write("WARN something native\n".getBytes(StandardCharsets.UTF_8));
        ResultPreview preview = new ResultPreview(
                List.of("x", "naïve"), List.of("decimal", "text"), List.of(List.of(new BigDecimal("1.10"), "é")));
        FrameCodec.write(bytes, new Message.Executed(42, 1, "u:00ff", 7, preview, null));
        FrameCodec.write(bytes, new Message.Error(ErrorKind.SQL_ERROR, "bad\nsql"));

        List<String> stray = new ArrayList<>();
        BufferedReader in = new BufferedReader(new StringReader(bytes.toString(StandardCharsets.UTF_8)));
        Message first = FrameCodec.read(in, stray::add);
        Message second = FrameCodec.read(in, stray::add);
        Message third = FrameCodec.read(in, stray::add);

        assertThat(first)
                .isEqualTo(new Message.Open(
                        "warehouse",
                        "tpch",
                        CatalogConnection.hive("thrift://127.0.0.1:9083"),
                        Map.of("threads", "2")));
        Message.Executed executed = (Message.Executed) second;
        assertThat(executed.preview().rows().get(0).get(0)).isEqualTo(new BigDecimal("1.10"));
        assertThat(executed.preview().columns()).containsExactly("x", "naïve");
        assertThat(third).isEqualTo(new Message.Error(ErrorKind.SQL_ERROR, "bad\nsql"));
        assertThat(FrameCodec.read(in, stray::add)).isNull();
        assertThat(stray).containsExactly("engine banner printed to stdout", "WARN something native");
    }

    @Test
    void aFrameWithAWrongLengthIsTreatedAsStrayOutput() throws Exception {
        String broken =
                FrameCodec.MARKER + "999 {\"type\":\"close\"}\n" + FrameCodec.MARKER + "16 {\"type\":\"close\"}\n";
        List<String> stray = new ArrayList<>();
        Message message = FrameCodec.read(new BufferedReader(new StringReader(broken)), stray::add);
        assertThat(message).isInstanceOf(Message.Close.class);
        assertThat(stray).hasSize(1);
    }

    @Test
    void openSaysWhetherWritesAreAllowedAndAnOpenWithoutItAllowsNone() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        FrameCodec.write(bytes, new Message.Open("warehouse", "tpch", null, Map.of(), true));
        String frame = bytes.toString(StandardCharsets.UTF_8);
        assertThat(frame).contains("\"writes_allowed\":true");
        String older = "{\"type\":\"open\",\"catalog\":\"warehouse\",\"default_namespace\":\"tpch\",\"options\":{}}";
        String framed = FrameCodec.MARKER + older.getBytes(StandardCharsets.UTF_8).length + " " + older + "\n";
        Message open = FrameCodec.read(new BufferedReader(new StringReader(framed)), line -> {});
        assertThat(((Message.Open) open).writesAllowed()).isFalse();
        Message allowed = FrameCodec.read(new BufferedReader(new StringReader(frame)), line -> {});
        assertThat(((Message.Open) allowed).writesAllowed()).isTrue();
    }

    @Test
    void aWholeFrameThatCannotBeReadIsAnErrorReplyNotSilence() throws Exception {
        ResultPreview huge =
                new ResultPreview(List.of("big"), List.of("text"), List.of(List.of("x".repeat(21_000_000))));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        FrameCodec.write(bytes, new Message.Executed(1, 1, "u:00", 0, huge, null));
        String tooLong = "y".repeat(FrameCodec.MAX_LINE_CHARS + 10);
        String stream =
                bytes.toString(StandardCharsets.UTF_8) + FrameCodec.MARKER + tooLong.length() + " " + tooLong + "\n";
        List<String> stray = new ArrayList<>();
        BufferedReader in = new BufferedReader(new StringReader(stream));

        Message unparsable = FrameCodec.read(in, stray::add);
        Message cut = FrameCodec.read(in, stray::add);

        assertThat(unparsable).isInstanceOfSatisfying(Message.Error.class, e -> {
            assertThat(e.kind()).isEqualTo(ErrorKind.CRASH);
            assertThat(e.message()).startsWith("the worker's reply of ").contains("could not be read");
        });
        assertThat(cut)
                .isInstanceOfSatisfying(
                        Message.Error.class,
                        e -> assertThat(e.message())
                                .contains("longer than " + FrameCodec.MAX_LINE_CHARS + " characters"));
        assertThat(FrameCodec.read(in, stray::add)).isNull();
        assertThat(stray).isEmpty();
    }
}
