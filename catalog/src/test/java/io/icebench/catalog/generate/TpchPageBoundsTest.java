package io.icebench.catalog.generate;

import static org.assertj.core.api.Assertions.assertThat;

import io.icebench.catalog.generate.tpch.DbgenTextPool;
import io.icebench.catalog.generate.tpch.TpchRow;
import io.icebench.catalog.generate.tpch.TpchRowSource;
import io.trino.tpch.TpchTable;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.iceberg.DataFile;
import org.apache.iceberg.PartitionSpec;
import org.apache.iceberg.Schema;
import org.apache.iceberg.Table;
import org.apache.iceberg.TableProperties;
import org.apache.iceberg.data.GenericRecord;
import org.apache.iceberg.hadoop.HadoopTables;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.metadata.BlockMetaData;
import org.apache.parquet.hadoop.metadata.ColumnChunkMetaData;
import org.apache.parquet.hadoop.util.HadoopInputFile;
import org.apache.parquet.internal.column.columnindex.ColumnIndex;
import org.apache.parquet.internal.column.columnindex.OffsetIndex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every page's min and max in the column index of a generated file are those of the rows in that page: pages of
 * 1,000 rows, so that dictionary-encoded pages (bounded from the entries their codes name), plain pages and the
 * page where a column's dictionary outgrows its limit and falls back to plain all occur.
 */
class TpchPageBoundsTest {

    private static final double SCALE = 0.01;
    /** parquet-mr's {@code parquet.columnindex.truncate.length}. */
    private static final int INDEX_TEXT_BYTES = 64;

    @TempDir
    Path dir;

    @Test
    void eachPagesBoundsAreThoseOfItsRows() throws IOException {
        for (String name : List.of("lineitem", "orders", "customer")) {
            TpchTable<?> tpch = TpchTable.getTable(name);
            assertThat(checkedPages(tpch))
                    .as(name)
                    .isGreaterThanOrEqualTo(tpch.getColumns().size() * 2);
        }
    }

    private int checkedPages(TpchTable<?> tpch) throws IOException {
        Schema schema = TpchGenerator.schema(tpch);
        Table table = new HadoopTables(new Configuration())
                .create(
                        schema,
                        PartitionSpec.unpartitioned(),
                        IcebergTableWriter.tableProperties(Map.of(TableProperties.PARQUET_PAGE_ROW_LIMIT, "1000"), 2),
                        dir.resolve(tpch.getTableName()).toString());
        List<GenericRecord> rows = new ArrayList<>();
        List<DataFile> files;
        try (PartitionedFiles<TpchRow> out = TpchFiles.open(table, tpch, new WrittenFiles())) {
            TpchRowSource source = TpchRowSource.open(tpch.getTableName(), SCALE, 1, 1, DbgenTextPool.standard());
            TpchRow row = new TpchRow(tpch.getColumns().size());
            while (source.next(row)) {
                out.write(row);
                GenericRecord record = GenericRecord.create(schema);
                TpchRows.fill(tpch, row, record);
                rows.add(record);
            }
            files = out.finish();
        }
        assertThat(files).hasSize(1);
        int pages = 0;
        try (ParquetFileReader reader = ParquetFileReader.open(HadoopInputFile.fromPath(
                new org.apache.hadoop.fs.Path(files.get(0).location()), new Configuration()))) {
            long groupStart = 0;
            for (BlockMetaData group : reader.getFooter().getBlocks()) {
                for (int field = 0; field < group.getColumns().size(); field++) {
                    ColumnChunkMetaData column = group.getColumns().get(field);
                    ColumnIndex index = reader.readColumnIndex(column);
                    OffsetIndex offsets = reader.readOffsetIndex(column);
                    for (int page = 0; page < offsets.getPageCount(); page++) {
                        long from = groupStart + offsets.getFirstRowIndex(page);
                        long to = groupStart + offsets.getLastRowIndex(page, group.getRowCount()) + 1;
                        List<byte[]> values = new ArrayList<>();
                        for (long at = from; at < to; at++) {
                            values.add(plain(rows.get((int) at).get(field)));
                        }
                        Comparator<byte[]> order = comparator(rows.get(0).get(field));
                        String where = tpch.getTableName() + " " + column.getPath() + " page " + page;
                        assertThat(bytes(index.getMinValues().get(page)))
                                .as(where + " min")
                                .isEqualTo(truncated(values.stream().min(order).orElseThrow(), false));
                        assertThat(bytes(index.getMaxValues().get(page)))
                                .as(where + " max")
                                .isEqualTo(truncated(values.stream().max(order).orElseThrow(), true));
                        pages++;
                    }
                }
                groupStart += group.getRowCount();
            }
        }
        return pages;
    }

    /** A value as Parquet's plain encoding writes it: little-endian INT64 or INT32, or the text's bytes. */
    private static byte[] plain(Object value) {
        if (value instanceof Long number) {
            return ByteBuffer.allocate(8)
                    .order(ByteOrder.LITTLE_ENDIAN)
                    .putLong(number)
                    .array();
        } else if (value instanceof Integer number) {
            return ByteBuffer.allocate(4)
                    .order(ByteOrder.LITTLE_ENDIAN)
                    .putInt(number)
                    .array();
        } else if (value instanceof LocalDate date) {
            return plain((int) date.toEpochDay());
        } else if (value instanceof BigDecimal decimal) {
            return plain(decimal.unscaledValue().longValueExact());
        } else if (value instanceof CharSequence text) {
            return text.toString().getBytes(StandardCharsets.UTF_8);
        }
        throw new IllegalArgumentException("no plain encoding here for " + value.getClass());
    }

    /**
     * A bound as parquet-mr's column index keeps it: text over 64 bytes cut to 64, a maximum's last byte then raised
     * by one so that it stays above the value (dbgen's text is ASCII: no carry).
     */
    private static byte[] truncated(byte[] bound, boolean max) {
        if (bound.length <= INDEX_TEXT_BYTES) {
            return bound;
        }
        byte[] cut = Arrays.copyOf(bound, INDEX_TEXT_BYTES);
        if (max) {
            cut[INDEX_TEXT_BYTES - 1]++;
        }
        return cut;
    }

    private static Comparator<byte[]> comparator(Object sample) {
        if (sample instanceof CharSequence) {
            return Arrays::compareUnsigned;
        }
        return Comparator.comparingLong(bytes -> bytes.length == 8
                ? ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).getLong()
                : ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).getInt());
    }

    private static byte[] bytes(ByteBuffer buffer) {
        byte[] bytes = new byte[buffer.remaining()];
        buffer.duplicate().get(bytes);
        return bytes;
    }
}
