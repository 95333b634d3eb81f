package io.icebench.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.icebench.core.config.CatalogConnection;
import io.icebench.core.model.ErrorKind;
import io.icebench.core.model.ResultPreview;
import io.icebench.core.protocol.FrameCodec;
import io.icebench.core.protocol.FrameReader;
import io.icebench.core.protocol.Message;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
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
        FrameReader in = new FrameReader(new ByteArrayInputStream(bytes.toByteArray()));
        Message first = in.read(stray::add);
        Message second = in.read(stray::add);
        Message third = in.read(stray::add);

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
        assertThat(in.read(stray::add)).isNull();
        assertThat(stray).containsExactly("engine banner printed to stdout", "WARN something native");
    }

    @Test
    void aFrameWithAWrongLengthIsTreatedAsStrayOutput() throws Exception {
        String broken =
                FrameCodec.MARKER + "999 {\"type\":\"close\"}\n" + FrameCodec.MARKER + "16 {\"type\":\"close\"}\n";
        List<String> stray = new ArrayList<>();
        Message message = reader(broken).read(stray::add);
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
        Message open = reader(framed).read(line -> {});
        assertThat(((Message.Open) open).writesAllowed()).isFalse();
        Message allowed = reader(frame).read(line -> {});
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
        FrameReader in = reader(stream);

        Message unparsable = in.read(stray::add);
        Message cut = in.read(stray::add);

        assertThat(unparsable).isInstanceOfSatisfying(Message.Error.class, e -> {
            assertThat(e.kind()).isEqualTo(ErrorKind.CRASH);
            assertThat(e.message()).startsWith("the worker's reply of ").contains("could not be read");
        });
        assertThat(cut)
                .isInstanceOfSatisfying(
                        Message.Error.class,
                        e -> assertThat(e.message())
                                .contains("longer than " + FrameCodec.MAX_LINE_CHARS + " characters"));
        assertThat(in.read(stray::add)).isNull();
        assertThat(stray).isEmpty();
    }

    @Test
    void aRepeatedFrameGivesTheSameMessageAndADifferentOneIsParsed() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Message.Execute execute = Message.Execute.once("q1", "SELECT 1", false, 0);
        FrameCodec.write(bytes, execute);
        FrameCodec.write(bytes, execute);
        FrameCodec.write(bytes, new Message.Execute("q1", "SELECT 1", false, 10, 3));
        FrameReader in = new FrameReader(new ByteArrayInputStream(bytes.toByteArray()));

        Message first = in.read(line -> {});
        Message second = in.read(line -> {});
        Message third = in.read(line -> {});

        assertThat(first).isEqualTo(execute);
        assertThat(second).isSameAs(first);
        assertThat(third).isEqualTo(new Message.Execute("q1", "SELECT 1", false, 10, 3));
    }

    @Test
    void aRepeatedFrameAfterStrayTextOrWithAnotherEndIsStillReadAsALine() throws Exception {
        String frame = new String(FrameCodec.encode(new Message.Close()), StandardCharsets.US_ASCII);
        String line = frame.strip();
        List<String> stray = new ArrayList<>();
        FrameReader in = reader(frame + "WARN " + frame + line + "\r\n" + line + " trailing\n" + frame);

        assertThat(in.read(stray::add)).isEqualTo(new Message.Close());
        assertThat(in.read(stray::add)).isEqualTo(new Message.Close());
        assertThat(in.read(stray::add)).isEqualTo(new Message.Close());
        assertThat(in.read(stray::add)).isEqualTo(new Message.Close());
        assertThat(in.read(stray::add)).isNull();
        assertThat(stray).containsExactly("WARN ", line + " trailing");
    }

    @Test
    void aLineSplitAcrossReadsAndALastLineWithoutItsEndAreRead() throws Exception {
        byte[] frame = FrameCodec.encode(new Message.Close());
        byte[] stream =
                (new String(frame, StandardCharsets.US_ASCII) + "tail without end").getBytes(StandardCharsets.UTF_8);
        List<String> stray = new ArrayList<>();
        FrameReader in = new FrameReader(
                new InputStream() { // one byte per read: every line is split
                    private int next;

                    @Override
                    public int read() {
                        return next < stream.length ? stream[next++] : -1;
                    }

                    @Override
                    public int read(byte[] into, int offset, int length) {
                        if (next >= stream.length) {
                            return -1;
                        }
                        into[offset] = stream[next++];
                        return 1;
                    }
                });

        assertThat(in.read(stray::add)).isEqualTo(new Message.Close());
        assertThat(in.read(stray::add)).isNull();
        assertThat(stray).containsExactly("tail without end");
    }

    private static FrameReader reader(String text) {
        return new FrameReader(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }
}
