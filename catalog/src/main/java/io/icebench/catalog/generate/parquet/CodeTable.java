package io.icebench.catalog.generate.parquet;

import java.util.Arrays;
import java.util.function.IntUnaryOperator;

/**
 * Codes found by hash for a dictionary: an open-addressing table with linear probing, doubled when half full.
 * A lookup starts at {@link #start} and moves with {@link #next} until {@link #codeAt} is a match or empty.
 */
final class CodeTable {

    /** Code + 1 per slot, 0 for an empty slot. */
    private int[] slots = new int[128];

    int start(int hash) {
        return hash & (slots.length - 1);
    }

    int next(int slot) {
        return (slot + 1) & (slots.length - 1);
    }

    /** The code in {@code slot}, or -1 when it is empty. */
    int codeAt(int slot) {
        return slots[slot] - 1;
    }

    /** Puts {@code code} in the empty {@code slot}; {@code hashOf} gives each code's hash when the table grows. */
    void put(int slot, int code, IntUnaryOperator hashOf) {
        slots[slot] = code + 1;
        int size = code + 1;
        if (size * 2 > slots.length) {
            slots = new int[slots.length * 2];
            for (int each = 0; each < size; each++) {
                int free = start(hashOf.applyAsInt(each));
                while (slots[free] != 0) {
                    free = next(free);
                }
                slots[free] = each + 1;
            }
        }
    }

    void clear() {
        Arrays.fill(slots, 0);
    }
}
