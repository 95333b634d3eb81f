package io.icebench.catalog.generate;

import io.icebench.catalog.generate.parquet.ColumnsFile;
import io.icebench.catalog.generate.parquet.FileSettings;
import io.icebench.catalog.generate.tpch.TpchRow;
import io.trino.tpch.TpchColumn;
import io.trino.tpch.TpchColumnType;
import io.trino.tpch.TpchTable;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.iceberg.DataFile;
import org.apache.iceberg.PartitionKey;
import org.apache.iceberg.Table;
import org.apache.iceberg.TableProperties;
import org.apache.iceberg.io.OutputFile;

/**
 * Files of generated TPC-H rows, written straight into Parquet columns ({@link ColumnsFile}) without an Iceberg
 * record between: keys as INT64, dates as INT32 days, money as the INT64 unscaled value of DECIMAL(15,2) (cents),
 * text as the row's bytes.
 */
final class TpchFiles {

    /**
     * Cheaper to write, same rows: zstd level 1 (not the default 3; about 2% larger files) and a 256 KB
     * dictionary limit instead of Iceberg's 2 MB, so that low-cardinality columns (flags, modes, brands, clerks)
     * stay dictionary encoded while keys and comments fall back to plain encoding early rather than being hashed
     * into a dictionary for most of each row group (the files come out slightly smaller, about 3%).
     */
    static final Map<String, String> WRITER_SETTINGS =
            Map.of(TableProperties.PARQUET_COMPRESSION_LEVEL, "1", TableProperties.PARQUET_DICT_SIZE_BYTES, "262144");

    private TpchFiles() {}

    static PartitionedFiles<TpchRow> open(Table table, TpchTable<?> tpch, WrittenFiles ledger) {
        TpchPartitionSource source = new TpchPartitionSource(tpch.getColumns());
        Map<String, String> properties = new HashMap<>(table.properties());
        properties.putAll(WRITER_SETTINGS);
        FileSettings settings = FileSettings.of(properties);
        boolean[] text = textColumns(tpch);
        return new PartitionedFiles<>(
                table, ledger, source::wrap, (t, file, partition) -> rowFile(t, file, partition, settings, text));
    }

    private static RowFile<TpchRow> rowFile(
            Table table, OutputFile file, PartitionKey partition, FileSettings settings, boolean[] text)
            throws IOException {
        ColumnsFile columns = new ColumnsFile(table, file, partition, settings);
        TpchRowBatch batch = new TpchRowBatch(text);
        return new RowFile<>() {
            @Override
            public void write(TpchRow row) throws IOException {
                if (batch.add(row)) {
                    batch.writeTo(columns);
                }
            }

            @Override
            public DataFile finish() throws IOException {
                batch.writeTo(columns);
                return columns.finish();
            }
        };
    }

    /** Per column (io.trino.tpch's order, the schema's): text, or a number. */
    private static boolean[] textColumns(TpchTable<?> tpch) {
        List<? extends TpchColumn<?>> columns = tpch.getColumns();
        boolean[] text = new boolean[columns.size()];
        for (int i = 0; i < text.length; i++) {
            text[i] = columns.get(i).getType().getBase() == TpchColumnType.Base.VARCHAR;
        }
        return text;
    }
}
