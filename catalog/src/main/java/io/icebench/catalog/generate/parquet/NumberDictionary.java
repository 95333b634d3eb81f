package io.icebench.catalog.generate.parquet;

import java.util.Arrays;

/** Distinct INT64 or INT32 values of a column chunk ({@code width} 8 or 4 bytes in plain encoding). */
final class NumberDictionary extends ColumnDictionary {

    private final int width;
    private long[] values = new long[64];

    NumberDictionary(int width) {
        this.width = width;
    }

    /** The code of {@code value}, added with the next code if new. */
    int codeOf(long value) {
        int slot = table.start(hash(value));
        for (int code; (code = table.codeAt(slot)) >= 0; slot = table.next(slot)) {
            if (values[code] == value) {
                return code;
            }
        }
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size] = value;
        table.put(slot, size, code -> hash(values[code]));
        return size++;
    }

    long value(int code) {
        return values[code];
    }

    @Override
    int plainBytes() {
        return size * width;
    }

    @Override
    void writePlain(int code, PlainBuffer out) {
        out.putNumber(values[code], width);
    }

    private static int hash(long value) {
        long mixed = value * 0x9E3779B97F4A7C15L;
        return (int) (mixed ^ (mixed >>> 29));
    }
}
