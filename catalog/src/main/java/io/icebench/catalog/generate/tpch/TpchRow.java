package io.icebench.catalog.generate.tpch;

import java.nio.charset.StandardCharsets;

/**
 * One generated TPC-H row, reused for the next: per column a number (a key, an integer, a date as days since
 * 1970-01-01, money as cents) or ASCII text as a slice of a byte array (the text pool, a constant, or the column's
 * own buffer). Valid until the next row is made.
 */
public final class TpchRow {

    private final long[] numbers;
    private final byte[][] texts;
    private final int[] starts;
    private final int[] lengths;
    private final byte[][] buffers;

    public TpchRow(int columns) {
        numbers = new long[columns];
        texts = new byte[columns][];
        starts = new int[columns];
        lengths = new int[columns];
        buffers = new byte[columns][];
    }

    public long number(int column) {
        return numbers[column];
    }

    /** The array holding the column's text (the text pool itself, or a constant): only to be read. */
    public byte[] textBytes(int column) {
        return texts[column];
    }

    public int textStart(int column) {
        return starts[column];
    }

    public int textLength(int column) {
        return lengths[column];
    }

    /** True when the column's text is in the row's own buffer, which the next row overwrites. */
    public boolean textInRowBuffer(int column) {
        return texts[column] == buffers[column];
    }

    public String string(int column) {
        return new String(texts[column], starts[column], lengths[column], StandardCharsets.US_ASCII);
    }

    void number(int column, long value) {
        numbers[column] = value;
    }

    void text(int column, byte[] bytes, int start, int length) {
        texts[column] = bytes;
        starts[column] = start;
        lengths[column] = length;
    }

    void text(int column, byte[] whole) {
        text(column, whole, 0, whole.length);
    }

    /** ASCII text, copied into the column's buffer. */
    @SuppressWarnings("deprecation")
    void text(int column, String ascii) {
        byte[] buffer = buffer(column, ascii.length());
        ascii.getBytes(0, ascii.length(), buffer, 0);
        text(column, buffer, 0, ascii.length());
    }

    /** {@code prefix} then {@code value} in decimal, zero-padded to {@code digits} (dbgen's "Clerk#000000951"). */
    void paddedText(int column, byte[] prefix, long value, int digits) {
        int length = 1;
        for (long rest = value; rest >= 10; rest /= 10) {
            length++;
        }
        int width = Math.max(digits, length);
        byte[] buffer = buffer(column, prefix.length + width);
        System.arraycopy(prefix, 0, buffer, 0, prefix.length);
        long rest = value;
        for (int i = prefix.length + width - 1; i >= prefix.length; i--) {
            buffer[i] = (byte) ('0' + rest % 10);
            rest /= 10;
        }
        text(column, buffer, 0, prefix.length + width);
    }

    /** The column's own buffer, at least {@code length} bytes, for text made in place. */
    byte[] buffer(int column, int length) {
        byte[] buffer = buffers[column];
        if (buffer == null || buffer.length < length) {
            buffer = new byte[Math.max(length, 64)];
            buffers[column] = buffer;
        }
        return buffer;
    }

    static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
