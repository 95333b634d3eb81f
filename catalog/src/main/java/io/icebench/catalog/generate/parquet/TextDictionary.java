package io.icebench.catalog.generate.parquet;

import java.util.Arrays;

/**
 * Distinct byte strings in order of first appearance, each with its code (0, 1, 2, ...): copies of the bytes in
 * one array, found again through an open-addressing table of hashes.
 */
final class TextDictionary {

    private byte[] bytes = new byte[1024];
    private int used;
    private int[] starts = new int[64];
    private int[] lengths = new int[64];
    private int[] hashes = new int[64];
    /** Code + 1 per slot, 0 for an empty slot. */
    private int[] slots = new int[128];

    private int size;

    /** The code of the bytes {@code source[start, start + length)}, copied in with the next code if new. */
    int codeOf(byte[] source, int start, int length) {
        int hash = hash(source, start, length);
        int mask = slots.length - 1;
        int slot = hash & mask;
        while (true) {
            int entry = slots[slot];
            if (entry == 0) {
                return add(source, start, length, hash, slot);
            }
            int code = entry - 1;
            if (hashes[code] == hash
                    && Arrays.equals(
                            bytes, starts[code], starts[code] + lengths[code], source, start, start + length)) {
                return code;
            }
            slot = (slot + 1) & mask;
        }
    }

    byte[] bytes() {
        return bytes;
    }

    int start(int code) {
        return starts[code];
    }

    int length(int code) {
        return lengths[code];
    }

    int size() {
        return size;
    }

    /** Bytes of all entries together. */
    int byteSize() {
        return used;
    }

    void clear() {
        Arrays.fill(slots, 0);
        size = 0;
        used = 0;
    }

    private int add(byte[] source, int start, int length, int hash, int slot) {
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
        slots[slot] = ++size;
        if (size * 2 > slots.length) {
            rehash();
        }
        return size - 1;
    }

    private void rehash() {
        slots = new int[slots.length * 2];
        int mask = slots.length - 1;
        for (int code = 0; code < size; code++) {
            int slot = hashes[code] & mask;
            while (slots[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            slots[slot] = code + 1;
        }
    }

    private static int hash(byte[] source, int start, int length) {
        int hash = length;
        for (int i = start; i < start + length; i++) {
            hash = 31 * hash + source[i];
        }
        return hash ^ (hash >>> 16);
    }
}
