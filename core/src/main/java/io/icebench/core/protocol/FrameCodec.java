package io.icebench.core.protocol;

import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * Frames on a byte stream: one line per message, {@code #ICEBENCH <length> <json>\n}. Anything else on
 * the stream (a library printing to stdout) is not a frame: the reader hands it to a stray-output
 * consumer (the worker log) and keeps reading, so engine output cannot corrupt the link.
 */
public final class FrameCodec {

    public static final String MARKER = "#ICEBENCH ";

    /** ASCII only, so that the length prefix means the same in every language. */
    private static final ObjectWriter WRITER = Json.MAPPER.writer().with(JsonWriteFeature.ESCAPE_NON_ASCII);

    private FrameCodec() {
    }

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
        String line;
        while ((line = in.readLine()) != null) {
            int start = line.indexOf(MARKER);
            if (start < 0) {
                strayOutput.accept(line);
                continue;
            }
            if (start > 0) {
                strayOutput.accept(line.substring(0, start));
            }
            Message message = parse(line.substring(start + MARKER.length()));
            if (message == null) {
                strayOutput.accept(line);
                continue;
            }
            return message;
        }
        return null;
    }

    private static Message parse(String body) {
        int space = body.indexOf(' ');
        if (space <= 0) {
            return null;
        }
        try {
            int length = Integer.parseInt(body.substring(0, space));
            String json = body.substring(space + 1);
            if (json.length() != length) {
                return null;
            }
            return Json.MAPPER.readValue(json, Message.class);
        } catch (NumberFormatException | IOException e) {
            return null;
        }
    }
}
