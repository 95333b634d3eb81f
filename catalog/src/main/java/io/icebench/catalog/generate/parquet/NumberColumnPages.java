package io.icebench.catalog.generate.parquet;

import org.apache.parquet.bytes.BytesInput;
import org.apache.parquet.column.ColumnDescriptor;
import org.apache.parquet.column.statistics.IntStatistics;
import org.apache.parquet.column.statistics.LongStatistics;
import org.apache.parquet.column.statistics.Statistics;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;

/** A required INT64 or INT32 column (keys, DECIMAL as unscaled INT64, DATE as INT32 days, integers). */
final class NumberColumnPages extends ColumnPages {

    private final ColumnDescriptor column;
    private final int width;
    private final NumberDictionary dictionary = new NumberDictionary();
    private long min;
    private long max;

    NumberColumnPages(ColumnDescriptor column, FileSettings settings) {
        super(settings);
        this.column = column;
        PrimitiveTypeName type = column.getPrimitiveType().getPrimitiveTypeName();
        if (type != PrimitiveTypeName.INT64 && type != PrimitiveTypeName.INT32) {
            throw new IllegalArgumentException(column + " is not INT64 or INT32");
        }
        this.width = type == PrimitiveTypeName.INT64 ? 8 : 4;
    }

    void write(long value) {
        if (count == 0) {
            min = value;
            max = value;
        } else if (value < min) {
            min = value;
        } else if (value > max) {
            max = value;
        }
        if (dictionaryEncoded()) {
            int code = dictionary.codeOf(value);
            added(code, width, dictionaryBytes());
        } else {
            put(value);
            added(-1, width, 0);
        }
    }

    @Override
    protected void writePlain(int code) {
        put(dictionary.value(code));
    }

    private void put(long value) {
        if (width == 8) {
            plain.putLong(value);
        } else {
            plain.putInt((int) value);
        }
    }

    @Override
    protected int dictionarySize() {
        return dictionary.size();
    }

    @Override
    protected int dictionaryBytes() {
        return dictionary.size() * width;
    }

    @Override
    protected BytesInput dictionaryPage() {
        PlainBuffer page = new PlainBuffer(dictionaryBytes());
        for (int code = 0; code < dictionary.size(); code++) {
            if (width == 8) {
                page.putLong(dictionary.value(code));
            } else {
                page.putInt((int) dictionary.value(code));
            }
        }
        return page.view();
    }

    @Override
    protected void clearDictionary() {
        dictionary.clear();
    }

    @Override
    protected Statistics<?> takeStatistics() {
        Statistics<?> statistics = Statistics.createStats(column.getPrimitiveType());
        if (width == 8) {
            ((LongStatistics) statistics).setMinMax(min, max);
        } else {
            ((IntStatistics) statistics).setMinMax((int) min, (int) max);
        }
        return statistics;
    }
}
