package io.icebench.catalog.generate.parquet;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.iceberg.DataFile;
import org.apache.iceberg.DataFiles;
import org.apache.iceberg.FileFormat;
import org.apache.iceberg.MetricsConfig;
import org.apache.iceberg.PartitionKey;
import org.apache.iceberg.SchemaParser;
import org.apache.iceberg.Table;
import org.apache.iceberg.parquet.ParquetSchemaUtil;
import org.apache.iceberg.parquet.ParquetUtil;
import org.apache.parquet.bytes.HeapByteBufferAllocator;
import org.apache.parquet.column.ColumnDescriptor;
import org.apache.parquet.column.ParquetProperties;
import org.apache.parquet.hadoop.ColumnChunkPageWriteStore;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.metadata.ParquetMetadata;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;

/**
 * One Parquet data file of a table whose columns are all required primitives, written a batch of rows at a time,
 * one column after another, into each column's pages ({@link #numbers}, {@link #texts}, then {@link #endRows}),
 * and laid out by parquet-mr's own file and page writers: row groups, compressed pages with checksums, statistics,
 * column and offset indexes, footer. The data file's metrics come from the footer, as for Iceberg's own writers.
 */
public final class ColumnsFile {

    private static final int ROWS_BETWEEN_SIZE_CHECKS = 10_000;

    private final Table table;
    private final String location;
    private final PartitionKey partition;
    private final FileSettings settings;
    private final MessageType type;
    private final ParquetFileWriter writer;
    private final ZstdPageCompressor compressor;
    private final ColumnPages[] columns;
    private ColumnChunkPageWriteStore pages;
    private long rowsInGroup;

    public ColumnsFile(
            Table table, org.apache.iceberg.io.OutputFile file, PartitionKey partition, FileSettings settings)
            throws IOException {
        this.table = table;
        this.location = file.location();
        this.partition = partition;
        this.settings = settings;
        this.type = ParquetSchemaUtil.convert(table.schema(), "table");
        this.writer = new ParquetFileWriter(
                new IcebergOutput(file),
                type,
                ParquetFileWriter.Mode.OVERWRITE,
                settings.rowGroupBytes(),
                0,
                ParquetProperties.DEFAULT_COLUMN_INDEX_TRUNCATE_LENGTH,
                ParquetProperties.DEFAULT_STATISTICS_TRUNCATE_LENGTH,
                ParquetProperties.DEFAULT_PAGE_WRITE_CHECKSUM_ENABLED);
        this.compressor = new ZstdPageCompressor(settings.zstdLevel());
        List<ColumnPages> all = new ArrayList<>();
        for (ColumnDescriptor column : type.getColumns()) {
            if (column.getMaxDefinitionLevel() != 0 || column.getMaxRepetitionLevel() != 0) {
                throw new IllegalArgumentException(column + " is not a required top-level column");
            }
            all.add(
                    column.getPrimitiveType().getPrimitiveTypeName() == PrimitiveTypeName.BINARY
                            ? new TextColumnPages(column, settings)
                            : new NumberColumnPages(column, settings));
        }
        this.columns = all.toArray(ColumnPages[]::new);
        writer.start();
        startRowGroup();
    }

    /** The next {@code count} values of the column at {@code index} (schema order), which must be INT64 or INT32. */
    public void numbers(int index, long[] values, int count) {
        ((NumberColumnPages) columns[index]).write(values, count);
    }

    /**
     * The next {@code count} values of the column at {@code index} (schema order), which must be BINARY: value
     * {@code i} is {@code sources[i][starts[i], starts[i] + lengths[i])}.
     */
    public void texts(int index, byte[][] sources, int[] starts, int[] lengths, int count) {
        ((TextColumnPages) columns[index]).write(sources, starts, lengths, count);
    }

    /** Every column has been given the next {@code count} rows' values. */
    public void endRows(int count) throws IOException {
        long before = rowsInGroup;
        rowsInGroup += count;
        if (before / ROWS_BETWEEN_SIZE_CHECKS != rowsInGroup / ROWS_BETWEEN_SIZE_CHECKS
                && bufferedBytes() >= settings.rowGroupBytes()) {
            endRowGroup();
            startRowGroup();
        }
    }

    /** Ends the file: its last row group and footer; the data file to commit. */
    public DataFile finish() throws IOException {
        try {
            if (rowsInGroup > 0) {
                endRowGroup();
            }
            writer.end(Map.of("iceberg.schema", SchemaParser.toJson(table.schema())));
        } finally {
            compressor.release();
        }
        ParquetMetadata footer = writer.getFooter();
        return DataFiles.builder(table.spec())
                .withPath(location)
                .withFormat(FileFormat.PARQUET)
                .withPartition(partition)
                .withFileSizeInBytes(writer.getPos())
                .withMetrics(ParquetUtil.footerMetrics(
                        footer, java.util.stream.Stream.empty(), MetricsConfig.forTable(table)))
                .withSplitOffsets(ParquetUtil.getSplitOffsets(footer))
                .build();
    }

    private long bufferedBytes() {
        long bytes = 0;
        for (int i = 0; i < columns.length; i++) {
            bytes += pages.getPageWriter(type.getColumns().get(i)).getMemSize() + columns[i].bufferedBytes();
        }
        return bytes;
    }

    private void startRowGroup() {
        pages = new ColumnChunkPageWriteStore(
                compressor,
                type,
                HeapByteBufferAllocator.getInstance(),
                ParquetProperties.DEFAULT_COLUMN_INDEX_TRUNCATE_LENGTH,
                ParquetProperties.DEFAULT_PAGE_WRITE_CHECKSUM_ENABLED);
        for (int i = 0; i < columns.length; i++) {
            columns[i].pages(pages.getPageWriter(type.getColumns().get(i)));
        }
        rowsInGroup = 0;
    }

    private void endRowGroup() throws IOException {
        for (ColumnPages column : columns) {
            column.endChunk();
        }
        writer.startBlock(rowsInGroup);
        pages.flushToFileWriter(writer);
        writer.endBlock();
        pages.close();
    }
}
