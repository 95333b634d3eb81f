package io.icebench.catalog.generate.parquet;

import java.util.Arrays;

/** Distinct numbers in order of first appearance, each with its code (0, 1, 2, ...): an open-addressing table. */
final class NumberDictionary {

    private long[] values = new long[64];
    /** Code + 1 per slot, 0 for an empty slot. */
    private int[] slots = new int[128];

    private int size;

    /** The code of {@code value}, added with the next code if new. */
    int codeOf(long value) {
        int mask = slots.length - 1;
        int slot = hash(value) & mask;
        while (true) {
            int entry = slots[slot];
            if (entry == 0) {
                return add(value, slot);
            }
            if (values[entry - 1] == value) {
                return entry - 1;
            }
            slot = (slot + 1) & mask;
        }
    }

    long value(int code) {
        return values[code];
    }

    int size() {
        return size;
    }

    void clear() {
        Arrays.fill(slots, 0);
        size = 0;
    }

    private int add(long value, int slot) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size] = value;
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
            int slot = hash(values[code]) & mask;
            while (slots[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            slots[slot] = code + 1;
        }
    }

    private static int hash(long value) {
        long mixed = value * 0x9E3779B97F4A7C15L;
        return (int) (mixed ^ (mixed >>> 29));
    }
}
