package io.icebench.catalog.generate.parquet;

import java.util.Arrays;

/** Distinct byte strings of a column chunk, copied one after another into one array. */
final class TextDictionary extends ColumnDictionary {

    private byte[] bytes = new byte[1024];
    private int used;
    private int[] starts = new int[64];
    private int[] lengths = new int[64];
    private int[] hashes = new int[64];

    /** The code of the bytes {@code source[start, start + length)}, copied in with the next code if new. */
    int codeOf(byte[] source, int start, int length) {
        int hash = hash(source, start, length);
        int slot = table.start(hash);
        for (int code; (code = table.codeAt(slot)) >= 0; slot = table.next(slot)) {
            if (hashes[code] == hash
                    && Arrays.equals(
                            bytes, starts[code], starts[code] + lengths[code], source, start, start + length)) {
                return code;
            }
        }
        if (size == starts.length) {
            starts = Arrays.copyOf(starts, size * 2);
            lengths = Arrays.copyOf(lengths, size * 2);
            hashes = Arrays.copyOf(hashes, size * 2);
        }
        if (used + length > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, used + length));
        }
        System.arraycopy(source, start, bytes, used, length);
        starts[size] = used;
        lengths[size] = length;
        hashes[size] = hash;
        used += length;
        table.put(slot, size, code -> hashes[code]);
        return size++;
    }

    /** The entries' bytes, one after another: entry {@code code} is at {@link #start}, {@link #length} long. */
    byte[] bytes() {
        return bytes;
    }

    int start(int code) {
        return starts[code];
    }

    int length(int code) {
        return lengths[code];
    }

    @Override
    int plainBytes() {
        return used + 4 * size;
    }

    @Override
    void writePlain(int code, PlainBuffer out) {
        out.putText(bytes, starts[code], lengths[code]);
    }

    @Override
    void clear() {
        super.clear();
        used = 0;
    }

    private static int hash(byte[] source, int start, int length) {
        int hash = length;
        for (int i = start; i < start + length; i++) {
            hash = 31 * hash + source[i];
        }
        return hash ^ (hash >>> 16);
    }
}
