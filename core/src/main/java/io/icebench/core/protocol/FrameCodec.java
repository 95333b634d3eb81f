package io.icebench.core.protocol;

import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.icebench.core.model.ErrorKind;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * Frames on a byte stream: one line per message, {@code #ICEBENCH <length> <json>\n}. Anything else on
 * the stream (a library printing to stdout) is not a frame: the reader hands it to a stray-output
 * consumer (the worker log) and keeps reading, so engine output cannot corrupt the link. A frame that is
 * whole but cannot be read (too large, not a message) is answered with an {@link Message.Error}, so that a
 * reader waiting for a reply never waits for one that was sent. Lines longer than {@link #MAX_LINE_CHARS}
 * are skipped, never held in memory. The Python worker implements the same rules; both are checked against
 * {@code contract/frames.json} (docs/contract.md).
 */
public final class FrameCodec {

    public static final String MARKER = "#ICEBENCH ";
    /** Longest line read; workers keep their replies far below it. */
    public static final int MAX_LINE_CHARS = 16 * 1024 * 1024;

    /** ASCII only, so that the length prefix means the same in every language. */
    private static final ObjectWriter WRITER = Json.MAPPER.writer().with(JsonWriteFeature.ESCAPE_NON_ASCII);

    private FrameCodec() {}

    public static void write(OutputStream out, Message message) throws IOException {
        String json = WRITER.writeValueAsString(message);
        byte[] frame = (MARKER + json.length() + " " + json + "\n").getBytes(StandardCharsets.UTF_8);
        synchronized (out) {
            out.write(frame);
            out.flush();
        }
    }

    /** Reads the next message; returns null at end of stream. */
    public static Message read(BufferedReader in, Consumer<String> strayOutput) throws IOException {
        BoundedLine line;
        while ((line = BoundedLine.read(in, MAX_LINE_CHARS)) != null) {
            String text = line.text();
            int start = text.indexOf(MARKER);
            if (start < 0) {
                strayOutput.accept(line.cut() ? text + "… (" + line.length() + " characters)" : text);
                continue;
            }
            Message message = line.cut()
                    ? unreadable(line.length(), "longer than " + MAX_LINE_CHARS + " characters")
                    : parse(text.substring(start + MARKER.length()), line.length());
            if (message == null) {
                strayOutput.accept(text);
                continue;
            }
            if (start > 0) {
                strayOutput.accept(text.substring(0, start));
            }
            return message;
        }
        return null;
    }

    private static Message parse(String body, long lineLength) {
        int space = body.indexOf(' ');
        if (space <= 0) {
            return null;
        }
        int length;
        try {
            length = Integer.parseInt(body.substring(0, space));
        } catch (NumberFormatException e) {
            return null;
        }
        String json = body.substring(space + 1);
        if (json.length() != length) {
            return null;
        }
        try {
            return Json.MAPPER.readValue(json, Message.class);
        } catch (IOException e) {
            String reason = e.getMessage() == null
                    ? e.getClass().getSimpleName()
                    : e.getMessage().lines().findFirst().orElse("");
            return unreadable(lineLength, reason);
        }
    }

    private static Message unreadable(long length, String reason) {
        return new Message.Error(
                ErrorKind.CRASH,
                "the worker's reply of " + length + " characters could not be read ("
                        + (reason.length() > 300 ? reason.substring(0, 300) + "…" : reason) + ")");
    }
}
