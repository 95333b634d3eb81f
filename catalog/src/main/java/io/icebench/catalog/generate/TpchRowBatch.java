package io.icebench.catalog.generate;

import io.icebench.catalog.generate.parquet.ColumnsFile;
import io.icebench.catalog.generate.tpch.TpchRow;
import java.io.IOException;
import java.util.Arrays;

/**
 * Up to {@link #SIZE} TPC-H rows held column by column, then written into a file one column at a time. A column of
 * comments is then read from the 300 MB text pool in one loop of independent reads, whose cache misses the
 * processor overlaps (row by row, each miss waited alone: about three times slower here). Text in a row's own
 * buffer is copied, since the next row overwrites it; pool slices and constants are kept by reference.
 */
final class TpchRowBatch {

    static final int SIZE = 256;

    private final boolean[] text;
    private final long[][] numbers;
    private final byte[][][] arrays;
    private final int[][] starts;
    private final int[][] lengths;
    private byte[] copies = new byte[8 * 1024];
    private int copied;
    private int size;

    TpchRowBatch(boolean[] text) {
        this.text = text.clone();
        int columns = text.length;
        numbers = new long[columns][];
        arrays = new byte[columns][][];
        starts = new int[columns][];
        lengths = new int[columns][];
        for (int column = 0; column < columns; column++) {
            if (text[column]) {
                arrays[column] = new byte[SIZE][];
                starts[column] = new int[SIZE];
                lengths[column] = new int[SIZE];
            } else {
                numbers[column] = new long[SIZE];
            }
        }
    }

    /** Adds the row's values; true when the batch is full. */
    boolean add(TpchRow row) {
        for (int column = 0; column < text.length; column++) {
            if (!text[column]) {
                numbers[column][size] = row.number(column);
                continue;
            }
            int length = row.textLength(column);
            lengths[column][size] = length;
            if (row.textInRowBuffer(column)) {
                if (copied + length > copies.length) {
                    copies = new byte[Math.max(copies.length, length * 2)];
                    copied = 0;
                }
                System.arraycopy(row.textBytes(column), row.textStart(column), copies, copied, length);
                arrays[column][size] = copies;
                starts[column][size] = copied;
                copied += length;
            } else {
                arrays[column][size] = row.textBytes(column);
                starts[column][size] = row.textStart(column);
            }
        }
        return ++size == SIZE;
    }

    /** Writes the rows held into {@code file}, column by column, and empties the batch. */
    void writeTo(ColumnsFile file) throws IOException {
        if (size == 0) {
            return;
        }
        for (int column = 0; column < text.length; column++) {
            if (text[column]) {
                file.texts(column, arrays[column], starts[column], lengths[column], size);
                Arrays.fill(arrays[column], 0, size, null);
            } else {
                file.numbers(column, numbers[column], size);
            }
        }
        file.endRows(size);
        size = 0;
        copied = 0;
    }
}
