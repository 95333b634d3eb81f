package io.icebench.catalog.generate.parquet;

import org.apache.parquet.column.ColumnDescriptor;
import org.apache.parquet.column.statistics.IntStatistics;
import org.apache.parquet.column.statistics.LongStatistics;
import org.apache.parquet.column.statistics.Statistics;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;

/** A required INT64 or INT32 column (keys, DECIMAL as unscaled INT64, DATE as INT32 days, integers). */
final class NumberColumnPages extends ColumnPages {

    private final ColumnDescriptor column;
    private final int width;
    private final NumberDictionary dictionary;
    private long min;
    private long max;
    private boolean bounded;

    NumberColumnPages(ColumnDescriptor column, FileSettings settings) {
        this(column, settings, new NumberDictionary(width(column)));
    }

    private NumberColumnPages(ColumnDescriptor column, FileSettings settings, NumberDictionary dictionary) {
        super(settings, dictionary);
        this.column = column;
        this.width = width(column);
        this.dictionary = dictionary;
    }

    private static int width(ColumnDescriptor column) {
        PrimitiveTypeName type = column.getPrimitiveType().getPrimitiveTypeName();
        if (type != PrimitiveTypeName.INT64 && type != PrimitiveTypeName.INT32) {
            throw new IllegalArgumentException(column + " is not INT64 or INT32");
        }
        return type == PrimitiveTypeName.INT64 ? 8 : 4;
    }

    void write(long[] values, int count) {
        for (int i = 0; i < count; i++) {
            long value = values[i];
            if (dictionaryEncoded()) {
                added(dictionary.codeOf(value), width);
            } else {
                include(value);
                plain.putNumber(value, width);
                added(-1, width);
            }
        }
    }

    @Override
    protected void bound(int code) {
        include(dictionary.value(code));
    }

    private void include(long value) {
        if (!bounded) {
            min = value;
            max = value;
            bounded = true;
        } else if (value < min) {
            min = value;
        } else if (value > max) {
            max = value;
        }
    }

    @Override
    protected Statistics<?> takeStatistics() {
        bounded = false;
        Statistics<?> statistics = Statistics.createStats(column.getPrimitiveType());
        if (width == 8) {
            ((LongStatistics) statistics).setMinMax(min, max);
        } else {
            ((IntStatistics) statistics).setMinMax((int) min, (int) max);
        }
        return statistics;
    }
}
