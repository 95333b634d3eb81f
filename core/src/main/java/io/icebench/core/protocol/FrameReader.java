package io.icebench.core.protocol;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.Consumer;

/**
 * Reads the messages of a byte stream of frames ({@link FrameCodec}) on the caller's thread. Lines are found in a
 * byte buffer and a frame's JSON is parsed from its bytes; a line longer than {@link FrameCodec#MAX_LINE_CHARS} is
 * read to its end but only that much of it is kept. A frame equal to the one read before is not parsed again: its
 * message is the one read before (the coordinator sends the same execute for every run of a query); when such a
 * frame is whole in the buffer, its line is not even scanned for its end. Not for use by more than one thread at a
 * time.
 */
public final class FrameReader {

    private static final byte[] MARKER = FrameCodec.MARKER_BYTES;
    /** Longest frame kept to be recognised when it comes again; a line kept beyond this is dropped after use. */
    private static final int REMEMBERED_BYTES = 64 * 1024;

    private final InputStream in;
    private final byte[] buffer = new byte[64 * 1024];
    private int position;
    private int limit;
    private byte[] line = new byte[8 * 1024];
    private int kept;
    private long length;
    /** The last frame read, from its marker to its line's end. */
    private byte[] lastFrame = new byte[0];

    private Message lastMessage;

    public FrameReader(InputStream in) {
        this.in = in;
    }

    /** The next message; null at end of stream. Lines that are not frames go to {@code strayOutput}. */
    public Message read(Consumer<String> strayOutput) throws IOException {
        try {
            while (true) {
                if (position == limit && !fill()) {
                    return null;
                }
                if (repeatsLastFrame()) {
                    return lastMessage;
                }
                if (!nextLine()) {
                    return null;
                }
                boolean cut = length > FrameCodec.MAX_LINE_CHARS;
                int marker = indexOfMarker();
                if (marker < 0) {
                    strayOutput.accept(cut ? text(kept) + "… (" + length + " characters)" : text(kept));
                    continue;
                }
                Message message = cut
                        ? FrameCodec.unreadable(length, "longer than " + FrameCodec.MAX_LINE_CHARS + " characters")
                        : frame(marker);
                if (message == null) {
                    strayOutput.accept(text(kept));
                    continue;
                }
                if (marker > 0) {
                    strayOutput.accept(text(marker));
                }
                return message;
            }
        } finally {
            if (line.length > REMEMBERED_BYTES) {
                line = new byte[8 * 1024];
            }
        }
    }

    /** Whether the buffer holds the last frame's line again, whole: it is then skipped, neither scanned nor parsed. */
    private boolean repeatsLastFrame() {
        int end = position + lastFrame.length;
        if (lastMessage == null
                || end >= limit
                || buffer[end] != '\n'
                || !Arrays.equals(buffer, position, end, lastFrame, 0, lastFrame.length)) {
            return false;
        }
        position = end + 1;
        return true;
    }

    /** The message of the frame {@code <marker><length> <json>} from {@code marker}; null if it is not a whole one. */
    private Message frame(int marker) {
        int from = marker + MARKER.length;
        int space = from;
        while (space < kept && line[space] != ' ') {
            space++;
        }
        if (space == from || space == kept) {
            return null;
        }
        int declared = digits(from, space);
        if (declared < 0) {
            return null;
        }
        int start = space + 1;
        int bytes = kept - start;
        if (bytes != declared && new String(line, start, bytes, StandardCharsets.UTF_8).length() != declared) {
            return null; // the length counts characters; a frame is ASCII, where they are its bytes
        }
        if (lastMessage != null && Arrays.equals(line, marker, kept, lastFrame, 0, lastFrame.length)) {
            return lastMessage;
        }
        Message message = FrameCodec.parse(line, start, bytes, length);
        if (!(message instanceof Message.Error) && kept - marker <= REMEMBERED_BYTES) {
            lastFrame = Arrays.copyOfRange(line, marker, kept);
            lastMessage = message;
        }
        return message;
    }

    /** The number written from {@code from} to {@code to}, as {@link Integer#parseInt} reads it; -1 if none. */
    private int digits(int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            if (line[i] < '0' || line[i] > '9' || i - from >= 9) {
                try {
                    return Math.max(-1, Integer.parseInt(new String(line, from, to - from, StandardCharsets.US_ASCII)));
                } catch (NumberFormatException e) {
                    return -1;
                }
            }
            value = value * 10 + line[i] - '0';
        }
        return value;
    }

    /** Reads the next line into {@link #line} (without its end); false at end of stream. */
    private boolean nextLine() throws IOException {
        kept = 0;
        length = 0;
        boolean ended = false;
        while (!ended) {
            if (position == limit && !fill()) {
                if (length == 0) {
                    return false;
                }
                break;
            }
            int end = position;
            while (end < limit && buffer[end] != '\n') {
                end++;
            }
            ended = end < limit;
            keep(position, end - position);
            position = ended ? end + 1 : end;
        }
        if (kept > 0 && kept == length && line[kept - 1] == '\r') {
            kept--;
            length--;
        }
        return true;
    }

    private boolean fill() throws IOException {
        int read = in.read(buffer, 0, buffer.length);
        if (read < 0) {
            return false;
        }
        position = 0;
        limit = read;
        return true;
    }

    private void keep(int from, int count) {
        length += count;
        int room = (int) Math.min(count, Math.max(0, FrameCodec.MAX_LINE_CHARS - kept));
        if (room == 0) {
            return;
        }
        if (kept + room > line.length) {
            line = Arrays.copyOf(
                    line, (int) Math.min(FrameCodec.MAX_LINE_CHARS, Math.max(kept + room, 2L * line.length)));
        }
        System.arraycopy(buffer, from, line, kept, room);
        kept += room;
    }

    private int indexOfMarker() {
        for (int i = 0; i + MARKER.length <= kept; i++) {
            if (line[i] == MARKER[0] && Arrays.equals(line, i, i + MARKER.length, MARKER, 0, MARKER.length)) {
                return i;
            }
        }
        return -1;
    }

    private String text(int end) {
        return new String(line, 0, end, StandardCharsets.UTF_8);
    }
}
