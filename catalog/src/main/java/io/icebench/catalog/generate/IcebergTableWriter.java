package io.icebench.catalog.generate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import org.apache.iceberg.AppendFiles;
import org.apache.iceberg.DataFile;
import org.apache.iceberg.PartitionSpec;
import org.apache.iceberg.Schema;
import org.apache.iceberg.Table;
import org.apache.iceberg.TableProperties;
import org.apache.iceberg.catalog.Catalog;
import org.apache.iceberg.catalog.TableIdentifier;
import org.apache.iceberg.data.GenericRecord;
import org.apache.iceberg.data.parquet.GenericParquetWriter;
import org.apache.iceberg.io.DataWriter;
import org.apache.iceberg.io.OutputFile;
import org.apache.iceberg.parquet.Parquet;

/**
 * Writes a generated table as Iceberg (Parquet, zstd): parts become files written in parallel, streaming
 * (one reusable record per part, memory flat in the row count), committed in one append.
 */
public final class IcebergTableWriter {

    private static final int PROGRESS_EVERY = 10_000;
    private final ExecutorService pool;
    private final GenerationProgress progress;

    public IcebergTableWriter(ExecutorService pool, GenerationProgress progress) {
        this.pool = pool;
        this.progress = progress;
    }

    public static Map<String, String> tableProperties(Map<String, String> extra) {
        Map<String, String> properties = new java.util.HashMap<>(extra);
        properties.put(TableProperties.PARQUET_COMPRESSION, "zstd");
        properties.put(TableProperties.FORMAT_VERSION, "2");
        return properties;
    }

    /** Creates the table and starts writing its parts; {@link PendingTable#commit()} waits and commits. */
    public PendingTable start(Catalog catalog, TableIdentifier id, Schema schema, Map<String, String> properties,
            List<PartWriter> parts) {
        Table table = catalog.buildTable(id, schema)
                .withPartitionSpec(PartitionSpec.unpartitioned())
                .withProperties(tableProperties(properties))
                .create();
        List<Future<DataFile>> files = new ArrayList<>();
        for (PartWriter part : parts) {
            files.add(pool.submit(() -> writePart(table, part)));
        }
        return new PendingTable(table, files);
    }

    private DataFile writePart(Table table, PartWriter part) throws IOException {
        OutputFile file = table.io().newOutputFile(
                table.locationProvider().newDataLocation("part-" + UUID.randomUUID() + ".parquet"));
        DataWriter<GenericRecord> writer = Parquet.writeData(file)
                .schema(table.schema())
                .setAll(table.properties())
                .createWriterFunc(GenericParquetWriter::create)
                .withSpec(PartitionSpec.unpartitioned())
                .overwrite()
                .build();
        long[] pending = {0};
        try (writer) {
            part.write(GenericRecord.create(table.schema()), record -> {
                writer.write(record);
                if (++pending[0] == PROGRESS_EVERY) {
                    progress.rowsWritten(pending[0]);
                    pending[0] = 0;
                }
            });
        }
        progress.rowsWritten(pending[0]);
        return writer.toDataFile();
    }

    /** A table whose parts are being written. */
    public static final class PendingTable {
        private final Table table;
        private final List<Future<DataFile>> files;

        PendingTable(Table table, List<Future<DataFile>> files) {
            this.table = table;
            this.files = files;
        }

        public TableOutcome commit() {
            AppendFiles append = table.newAppend();
            long rows = 0;
            long bytes = 0;
            for (Future<DataFile> future : files) {
                DataFile file = await(future);
                append.appendFile(file);
                rows += file.recordCount();
                bytes += file.fileSizeInBytes();
            }
            append.commit();
            table.refresh();
            return new TableOutcome(table.name(), false, rows, bytes, files.size(), table.currentSnapshot().snapshotId());
        }

        private static DataFile await(Future<DataFile> future) {
            try {
                return future.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while writing", e);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof IOException io) {
                    throw new UncheckedIOException(io);
                }
                throw new IllegalStateException("writing a data file failed: " + e.getCause(), e.getCause());
            }
        }
    }
}
