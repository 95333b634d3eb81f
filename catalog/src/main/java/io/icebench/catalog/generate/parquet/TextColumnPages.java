package io.icebench.catalog.generate.parquet;

import java.util.Arrays;
import org.apache.parquet.column.ColumnDescriptor;
import org.apache.parquet.column.statistics.BinaryStatistics;
import org.apache.parquet.column.statistics.Statistics;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;

/** A required BINARY column of text; bounds compare bytes unsigned, as Parquet orders UTF-8 strings. */
final class TextColumnPages extends ColumnPages {

    private final ColumnDescriptor column;
    private final TextDictionary dictionary;
    private byte[] min = new byte[64];
    private int minLength;
    private byte[] max = new byte[64];
    private int maxLength;
    private boolean bounded;
    /** Kept so that the reads of {@link #touch} are not optimised away. */
    private int touchedBytesSum;

    TextColumnPages(ColumnDescriptor column, FileSettings settings) {
        this(column, settings, new TextDictionary());
    }

    private TextColumnPages(ColumnDescriptor column, FileSettings settings, TextDictionary dictionary) {
        super(settings, dictionary);
        this.column = column;
        this.dictionary = dictionary;
        if (column.getPrimitiveType().getPrimitiveTypeName() != PrimitiveTypeName.BINARY) {
            throw new IllegalArgumentException(column + " is not BINARY");
        }
    }

    void write(byte[][] sources, int[] starts, int[] lengths, int count) {
        touch(sources, starts, lengths, count);
        for (int i = 0; i < count; i++) {
            byte[] source = sources[i];
            int start = starts[i];
            int length = lengths[i];
            if (dictionaryEncoded()) {
                added(dictionary.codeOf(source, start, length), 4 + length);
            } else {
                include(source, start, length);
                plain.putText(source, start, length);
                added(-1, 4 + length);
            }
        }
    }

    /**
     * Reads the first and last byte of every value before any is copied: values cut from the 300 MB text pool miss
     * the cache, and these reads, independent of each other, wait for their misses together rather than one by one.
     */
    private void touch(byte[][] sources, int[] starts, int[] lengths, int count) {
        int sum = 0;
        for (int i = 0; i < count; i++) {
            int length = lengths[i];
            if (length > 0) {
                byte[] source = sources[i];
                sum += source[starts[i]] + source[starts[i] + length - 1];
            }
        }
        touchedBytesSum = sum;
    }

    @Override
    protected void bound(int code) {
        include(dictionary.bytes(), dictionary.start(code), dictionary.length(code));
    }

    private void include(byte[] source, int start, int length) {
        if (!bounded) {
            min = copy(min, source, start, length);
            minLength = length;
            max = copy(max, source, start, length);
            maxLength = length;
            bounded = true;
        } else if (Arrays.compareUnsigned(source, start, start + length, min, 0, minLength) < 0) {
            min = copy(min, source, start, length);
            minLength = length;
        } else if (Arrays.compareUnsigned(source, start, start + length, max, 0, maxLength) > 0) {
            max = copy(max, source, start, length);
            maxLength = length;
        }
    }

    @Override
    protected Statistics<?> takeStatistics() {
        bounded = false;
        BinaryStatistics statistics = (BinaryStatistics) Statistics.createStats(column.getPrimitiveType());
        statistics.setMinMax(
                Binary.fromConstantByteArray(Arrays.copyOf(min, minLength)),
                Binary.fromConstantByteArray(Arrays.copyOf(max, maxLength)));
        return statistics;
    }

    private static byte[] copy(byte[] into, byte[] source, int start, int length) {
        byte[] target = into.length >= length ? into : new byte[Math.max(length, into.length * 2)];
        System.arraycopy(source, start, target, 0, length);
        return target;
    }
}
