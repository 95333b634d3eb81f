package io.icebench.core.protocol;

import java.io.BufferedReader;
import java.io.IOException;

/** One line of a stream, of which at most a given number of characters are kept; the rest is read and dropped. */
record BoundedLine(String text, long length, boolean cut) {

    /** The next line (without its end), or null at end of stream. */
    static BoundedLine read(BufferedReader in, int maxChars) throws IOException {
        StringBuilder kept = new StringBuilder();
        long length = 0;
        int c;
        while ((c = in.read()) >= 0) {
            if (c == '\n') {
                break;
            }
            length++;
            if (kept.length() < maxChars) {
                kept.append((char) c);
            }
        }
        if (c < 0 && length == 0) {
            return null;
        }
        int end = kept.length();
        if (end > 0 && kept.charAt(end - 1) == '\r' && length == end) {
            kept.setLength(end - 1);
            length--;
        }
        return new BoundedLine(kept.toString(), length, length > maxChars);
    }
}
