package io.icebench.core.protocol;

import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.icebench.core.model.ErrorKind;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Frames on a byte stream: one line per message, {@code #ICEBENCH <length> <json>\n}. Anything else on
 * the stream (a library printing to stdout) is not a frame: the reader ({@link FrameReader}) hands it to a
 * stray-output consumer (the worker log) and keeps reading, so engine output cannot corrupt the link. A frame that is
 * whole but cannot be read (too large, not a message) is answered with an {@link Message.Error}, so that a
 * reader waiting for a reply never waits for one that was sent. Lines longer than {@link #MAX_LINE_CHARS}
 * are skipped, never held in memory. The Python worker implements the same rules; both are checked against
 * {@code contract/frames.json} (docs/contract.md).
 */
public final class FrameCodec {

    public static final String MARKER = "#ICEBENCH ";
    static final byte[] MARKER_BYTES = MARKER.getBytes(StandardCharsets.US_ASCII);
    /** Longest line read; workers keep their replies far below it. */
    public static final int MAX_LINE_CHARS = 16 * 1024 * 1024;

    /** ASCII only, so that the length prefix means the same in every language. */
    private static final ObjectWriter WRITER = Json.MAPPER.writer().with(JsonWriteFeature.ESCAPE_NON_ASCII);

    private FrameCodec() {}

    public static void write(OutputStream out, Message message) throws IOException {
        byte[] frame = encode(message);
        synchronized (out) {
            out.write(frame);
            out.flush();
        }
    }

    /** The frame of {@code message}, its line end included. */
    public static byte[] encode(Message message) throws IOException {
        byte[] json = PlainExecutedCodec.fits(message)
                ? PlainExecutedCodec.write((Message.Executed) message)
                : WRITER.writeValueAsBytes(message);
        byte[] length = Integer.toString(json.length).getBytes(StandardCharsets.US_ASCII);
        byte[] frame = new byte[MARKER_BYTES.length + length.length + 1 + json.length + 1];
        System.arraycopy(MARKER_BYTES, 0, frame, 0, MARKER_BYTES.length);
        System.arraycopy(length, 0, frame, MARKER_BYTES.length, length.length);
        int body = MARKER_BYTES.length + length.length + 1;
        frame[body - 1] = ' ';
        System.arraycopy(json, 0, frame, body, json.length);
        frame[frame.length - 1] = '\n';
        return frame;
    }

    /** The message of a whole frame's JSON; an {@link Message.Error} when it is not one. */
    static Message parse(byte[] bytes, int offset, int length, long lineLength) {
        Message plain = PlainExecutedCodec.read(bytes, offset, length);
        if (plain != null) {
            return plain;
        }
        try {
            return Json.MAPPER.readValue(bytes, offset, length, Message.class);
        } catch (IOException e) {
            String reason = e.getMessage() == null
                    ? e.getClass().getSimpleName()
                    : e.getMessage().lines().findFirst().orElse("");
            return unreadable(lineLength, reason);
        }
    }

    static Message unreadable(long length, String reason) {
        return new Message.Error(
                ErrorKind.CRASH,
                "the worker's reply of " + length + " characters could not be read ("
                        + (reason.length() > 300 ? reason.substring(0, 300) + "…" : reason) + ")");
    }
}
