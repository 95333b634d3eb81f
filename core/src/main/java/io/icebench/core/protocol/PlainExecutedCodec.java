package io.icebench.core.protocol;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The reply to every measured execution, an {@link Message.Executed} without preview or engine figures, written and
 * read as the fixed text databind makes of it. Databind's record and type-id machinery (or even Jackson's streaming
 * parser) costs tens to hundreds of microseconds on code the JIT has not compiled yet, and the few hundred replies of
 * a run leave it mostly uncompiled: that was a large part of the round trip's overhead. Only that exact text is read
 * here; any other message, or any other shape of this one (field order, spaces, escapes, a preview), goes through
 * databind: {@link #fits} is false, {@link #read} returns null.
 */
final class PlainExecutedCodec {

    private static final byte[] TYPE = ascii("{\"type\":\"executed\",\"nanos\":");
    private static final byte[] ROWS = ascii(",\"rows\":");
    private static final byte[] FINGERPRINT = ascii(",\"fingerprint\":");
    private static final byte[] FINGERPRINT_NANOS = ascii(",\"fingerprint_nanos\":");
    private static final byte[] PREVIEW_AND_STATS = ascii(",\"preview\":null,\"engine_stats\":");
    private static final byte[] NULL = ascii("null");
    private static final byte[] EMPTY = ascii("{}");
    private static final byte[] END = ascii("}");
    private static final byte[] QUOTE = ascii("\"");

    private PlainExecutedCodec() {}

    static boolean fits(Message message) {
        return message instanceof Message.Executed executed
                && executed.preview() == null
                && (executed.engineStats() == null || executed.engineStats().isEmpty())
                && (executed.fingerprint() == null || plain(executed.fingerprint()));
    }

    /** The JSON of a message that {@link #fits}. */
    static byte[] write(Message.Executed executed) {
        byte[] fingerprint =
                executed.fingerprint() == null ? NULL : concat(QUOTE, ascii(executed.fingerprint()), QUOTE);
        return concat(
                TYPE,
                ascii(Long.toString(executed.nanos())),
                ROWS,
                ascii(Long.toString(executed.rows())),
                FINGERPRINT,
                fingerprint,
                FINGERPRINT_NANOS,
                ascii(Long.toString(executed.fingerprintNanos())),
                PREVIEW_AND_STATS,
                executed.engineStats() == null ? NULL : EMPTY,
                END);
    }

    /** The message of JSON that is exactly such a reply; null for anything else. */
    static Message.Executed read(byte[] bytes, int offset, int length) {
        Cursor at = new Cursor(bytes, offset, offset + length);
        if (!at.skip(TYPE)) {
            return null;
        }
        long nanos = at.whole();
        if (!at.skip(ROWS)) {
            return null;
        }
        long rows = at.whole();
        if (!at.skip(FINGERPRINT)) {
            return null;
        }
        String fingerprint = at.skip(NULL) ? null : at.plainString();
        if (!at.skip(FINGERPRINT_NANOS)) {
            return null;
        }
        long fingerprintNanos = at.whole();
        if (!at.skip(PREVIEW_AND_STATS)) {
            return null;
        }
        boolean noStats = at.skip(NULL);
        if (!noStats && !at.skip(EMPTY) || !at.skip(END) || !at.atEnd() || !at.ok()) {
            return null;
        }
        return new Message.Executed(nanos, rows, fingerprint, fingerprintNanos, null, noStats ? null : Map.of());
    }

    /** Printable ASCII that JSON writes as it is. */
    private static boolean plain(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c > 0x7e || c == '"' || c == '\\') {
                return false;
            }
        }
        return true;
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] part : parts) {
            length += part.length;
        }
        byte[] all = new byte[length];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, all, at, part.length);
            at += part.length;
        }
        return all;
    }

    /** A position in the JSON; once anything does not match, {@link #ok} is false for good. */
    private static final class Cursor {

        private final byte[] bytes;
        private final int end;
        private int at;
        private boolean ok = true;

        Cursor(byte[] bytes, int at, int end) {
            this.bytes = bytes;
            this.at = at;
            this.end = end;
        }

        boolean skip(byte[] literal) {
            if (!ok || end - at < literal.length) {
                return false;
            }
            for (int i = 0; i < literal.length; i++) {
                if (bytes[at + i] != literal[i]) {
                    return false;
                }
            }
            at += literal.length;
            return true;
        }

        /** A long as JSON writes it (no leading zeros, no plus sign); one out of range does not match. */
        long whole() {
            boolean negative = ok && at < end && bytes[at] == '-';
            int from = negative ? ++at : at;
            long below = 0; // accumulated negative, as Long.MIN_VALUE has no positive counterpart
            try {
                while (ok && at < end && bytes[at] >= '0' && bytes[at] <= '9') {
                    below = Math.subtractExact(Math.multiplyExact(below, 10), bytes[at++] - '0');
                }
                if (at == from || at - from > 1 && bytes[from] == '0') {
                    ok = false;
                }
                return negative ? below : Math.negateExact(below);
            } catch (ArithmeticException e) {
                ok = false;
                return 0;
            }
        }

        String plainString() {
            if (!ok || at >= end || bytes[at] != '"') {
                ok = false;
                return null;
            }
            int from = ++at;
            while (at < end && bytes[at] != '"') {
                byte b = bytes[at++];
                if (b < 0x20 || b > 0x7e || b == '\\') {
                    ok = false;
                    return null;
                }
            }
            if (at >= end) {
                ok = false;
                return null;
            }
            return new String(bytes, from, at++ - from, StandardCharsets.US_ASCII);
        }

        boolean atEnd() {
            return at == end;
        }

        boolean ok() {
            return ok;
        }
    }
}
