package io.icebench.catalog.generate;

import static org.assertj.core.api.Assertions.assertThat;

import io.icebench.catalog.generate.tpch.DbgenTextPool;
import io.icebench.catalog.generate.tpch.TpchRow;
import io.icebench.catalog.generate.tpch.TpchRowSource;
import io.trino.tpch.TpchEntity;
import io.trino.tpch.TpchTable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.hadoop.conf.Configuration;
import org.apache.iceberg.AppendFiles;
import org.apache.iceberg.DataFile;
import org.apache.iceberg.PartitionSpec;
import org.apache.iceberg.Schema;
import org.apache.iceberg.Table;
import org.apache.iceberg.data.GenericRecord;
import org.apache.iceberg.data.IcebergGenerics;
import org.apache.iceberg.data.Record;
import org.apache.iceberg.hadoop.HadoopTables;
import org.apache.iceberg.io.CloseableIterable;
import org.apache.iceberg.util.ByteBuffers;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.metadata.BlockMetaData;
import org.apache.parquet.hadoop.metadata.ColumnChunkMetaData;
import org.apache.parquet.hadoop.util.HadoopInputFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fast path (our dbgen rows straight into Parquet columns) writes what the reference path (io.trino.tpch's
 * rows through {@link OracleRecords} and Iceberg's generic record writer, parquet-mr's column writers) writes: every
 * value, the same column bounds and counts in each data file's metrics, the same row groups and the same encoding
 * per column, with dbgen's full-size text pool on both sides.
 */
class TpchFilesTest {

    private static final double SCALE = 0.001;

    @TempDir
    Path dir;

    @Test
    void everyTableReadsBackAsTheReferenceRowsWithTheSameMetrics() throws IOException {
        for (TpchTable<?> tpch : TpchTable.getTables()) {
            compare(tpch, PartitionSpec.unpartitioned());
        }
    }

    @Test
    void partitionedTablesGetTheSameFilesPerPartitionByDateMoneyAndText() throws IOException {
        TableLayout layout = new TableLayout(
                2,
                Map.of(
                        "lineitem",
                        "month(l_shipdate)",
                        "partsupp",
                        "bucket(4, ps_supplycost)",
                        "customer",
                        "c_mktsegment"),
                null);
        for (String name : List.of("lineitem", "partsupp", "customer")) {
            TpchTable<?> tpch = TpchTable.getTable(name);
            List<DataFile> files = compare(tpch, layout.spec(name, TpchGenerator.schema(tpch)));
            assertThat(files).as(name).hasSizeGreaterThan(1);
        }
    }

    @Test
    void ourRowsAsIcebergRecordsEqualTheOraclesRecords() {
        for (TpchTable<?> tpch : TpchTable.getTables()) {
            assertThat(sameRecords(tpch)).as(tpch.getTableName()).isPositive();
        }
    }

    private static <E extends TpchEntity> long sameRecords(TpchTable<E> tpch) {
        Schema schema = TpchGenerator.schema(tpch);
        TpchRowSource rows = TpchRowSource.open(tpch.getTableName(), SCALE, 1, 1, DbgenTextPool.standard());
        TpchRow row = new TpchRow(tpch.getColumns().size());
        long compared = 0;
        for (E expected : tpch.createGenerator(SCALE, 1, 1)) {
            assertThat(rows.next(row)).isTrue();
            GenericRecord ours = GenericRecord.create(schema);
            TpchRows.fill(tpch, row, ours);
            GenericRecord oracle = GenericRecord.create(schema);
            OracleRecords.fill(tpch, expected, oracle);
            assertThat(ours).as(tpch.getTableName() + " row " + compared).isEqualTo(oracle);
            compared++;
        }
        return compared;
    }

    private <E extends TpchEntity> List<DataFile> compare(TpchTable<E> tpch, PartitionSpec spec) throws IOException {
        Schema schema = TpchGenerator.schema(tpch);
        String name = tpch.getTableName() + (spec.isUnpartitioned() ? "" : "_partitioned");
        Table fast = table(name + "_fast", schema, spec);
        Table reference = table(name + "_reference", schema, spec);
        WrittenFiles ledger = new WrittenFiles();
        List<DataFile> fastFiles;
        try (PartitionedFiles<TpchRow> files = TpchFiles.open(fast, tpch, ledger)) {
            TpchRowSource rows = TpchRowSource.open(tpch.getTableName(), SCALE, 1, 1, DbgenTextPool.standard());
            TpchRow row = new TpchRow(tpch.getColumns().size());
            while (rows.next(row)) {
                files.write(row);
            }
            fastFiles = files.finish();
        }
        List<DataFile> referenceFiles;
        try (PartitionedFiles<Record> files = PartitionedFiles.records(reference, ledger)) {
            GenericRecord record = files.newRecord();
            for (E row : tpch.createGenerator(SCALE, 1, 1)) {
                OracleRecords.fill(tpch, row, record);
                files.write(record);
            }
            referenceFiles = files.finish();
        }
        append(fast, fastFiles);
        append(reference, referenceFiles);

        List<String> expected = new ArrayList<>();
        GenericRecord record = GenericRecord.create(schema);
        for (E row : tpch.createGenerator(SCALE, 1, 1)) {
            OracleRecords.fill(tpch, row, record);
            expected.add(record.toString());
        }
        expected.sort(String::compareTo);
        assertThat(readAll(fast))
                .as(tpch.getTableName())
                .hasSize(expected.size())
                .containsExactlyElementsOf(expected);
        assertThat(fastFiles).hasSameSizeAs(referenceFiles);
        assertThat(metrics(fastFiles)).as(tpch.getTableName() + " metrics").isEqualTo(metrics(referenceFiles));
        assertThat(layout(fastFiles)).as(tpch.getTableName() + " layout").isEqualTo(layout(referenceFiles));
        return fastFiles;
    }

    private Table table(String name, Schema schema, PartitionSpec spec) {
        return new HadoopTables(new Configuration())
                .create(
                        schema,
                        spec,
                        IcebergTableWriter.tableProperties(Map.of(), 2),
                        dir.resolve(name).toString());
    }

    private static void append(Table table, List<DataFile> files) {
        AppendFiles append = table.newAppend();
        files.forEach(append::appendFile);
        append.commit();
    }

    /** Every row as text (values of Java types: BigDecimal, LocalDate, Long, ...), sorted. */
    private static List<String> readAll(Table table) throws IOException {
        List<String> rows = new ArrayList<>();
        try (CloseableIterable<Record> read = IcebergGenerics.read(table).build()) {
            for (Iterator<Record> it = read.iterator(); it.hasNext(); ) {
                rows.add(it.next().toString());
            }
        }
        rows.sort(String::compareTo);
        return rows;
    }

    /** Per partition: rows, value and null counts, lower and upper bounds of each column. */
    private static List<String> metrics(List<DataFile> files) {
        List<String> all = new ArrayList<>();
        for (DataFile file : files) {
            all.add(file.partition() + " rows=" + file.recordCount() + " values=" + file.valueCounts() + " nulls="
                    + file.nullValueCounts() + " lower=" + hex(file.lowerBounds()) + " upper="
                    + hex(file.upperBounds()));
        }
        all.sort(String::compareTo);
        return all;
    }

    /**
     * Per partition and column: rows per row group, the encodings used and whether a dictionary page leads the
     * chunk, so that engines meet the files parquet-mr would have written (dictionary or plain per column).
     */
    private static List<String> layout(List<DataFile> files) throws IOException {
        List<String> all = new ArrayList<>();
        for (DataFile file : files) {
            try (ParquetFileReader reader = ParquetFileReader.open(
                    HadoopInputFile.fromPath(new org.apache.hadoop.fs.Path(file.location()), new Configuration()))) {
                for (BlockMetaData group : reader.getFooter().getBlocks()) {
                    for (ColumnChunkMetaData column : group.getColumns()) {
                        all.add(file.partition() + " " + group.getRowCount() + " " + column.getPath() + " "
                                + new TreeSet<>(column.getEncodings()) + " dictionary page "
                                + column.hasDictionaryPage() + " " + column.getCodec());
                    }
                }
            }
        }
        all.sort(String::compareTo);
        return all;
    }

    private static Map<Integer, String> hex(Map<Integer, ByteBuffer> bounds) {
        Map<Integer, String> hex = new TreeMap<>();
        bounds.forEach((field, bytes) -> hex.put(field, HexFormat.of().formatHex(ByteBuffers.toByteArray(bytes))));
        return hex;
    }
}
