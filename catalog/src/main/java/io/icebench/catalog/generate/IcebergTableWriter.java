package io.icebench.catalog.generate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;
import org.apache.iceberg.AppendFiles;
import org.apache.iceberg.DataFile;
import org.apache.iceberg.Schema;
import org.apache.iceberg.Table;
import org.apache.iceberg.TableProperties;
import org.apache.iceberg.Transaction;
import org.apache.iceberg.catalog.Catalog;
import org.apache.iceberg.catalog.TableIdentifier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes a generated table as Iceberg (Parquet, zstd): parts are written in parallel, streaming (memory flat in
 * the row count), each part fanning out over the table's partitions. The
 * table is created and its data appended in one transaction: it exists only with all its data.
 */
public final class IcebergTableWriter {

    private static final long PARTS_STOP_SECONDS = 20;
    private static final long COMMIT_WAIT_SECONDS = 20;
    private static final Logger LOG = LoggerFactory.getLogger(IcebergTableWriter.class);

    private final ExecutorService pool;
    private final GenerationProgress progress;
    private final List<PendingTable> started = new CopyOnWriteArrayList<>();
    private boolean stopping;

    public IcebergTableWriter(ExecutorService pool, GenerationProgress progress) {
        this.pool = pool;
        this.progress = progress;
    }

    public static Map<String, String> tableProperties(Map<String, String> extra, int formatVersion) {
        Map<String, String> properties = new HashMap<>(extra);
        properties.put(TableProperties.PARQUET_COMPRESSION, "zstd");
        properties.put(TableProperties.FORMAT_VERSION, Integer.toString(formatVersion));
        return properties;
    }

    /**
     * Starts writing the parts of a new table, in the pool's order of submission; {@link PendingTable#commit()}
     * waits, creates and commits.
     */
    public synchronized PendingTable start(
            Catalog catalog,
            TableIdentifier id,
            Schema schema,
            TableLayout layout,
            Map<String, String> properties,
            List<TablePart> parts) {
        if (stopping) {
            throw new IllegalStateException("generation of " + id + " was stopped");
        }
        Transaction create = catalog.buildTable(id, schema)
                .withPartitionSpec(layout.spec(id.name(), schema))
                .withProperties(tableProperties(properties, layout.formatVersion()))
                .createTransaction();
        Table table = create.table();
        WrittenFiles ledger = new WrittenFiles();
        CompletableFuture<Void> written = new CompletableFuture<>();
        AtomicInteger unfinished = new AtomicInteger(parts.size());
        List<Future<List<DataFile>>> files = new ArrayList<>();
        for (TablePart part : parts) {
            files.add(pool.submit(() -> {
                try {
                    return part.write(table, ledger, progress);
                } finally {
                    if (unfinished.decrementAndGet() == 0) {
                        written.complete(null);
                    }
                }
            }));
        }
        PendingTable pending = new PendingTable(create, files, ledger, written);
        started.add(pending);
        return pending;
    }

    /**
     * Stops the generation (Ctrl-C) in an order that leaves no file behind: no part starts any more, running
     * parts stop at their next rows and close their files, a commit under way finishes; only then are the files
     * of every table not committed deleted. How many.
     */
    public int abort() {
        synchronized (this) {
            stopping = true;
        }
        pool.shutdownNow();
        try {
            pool.awaitTermination(PARTS_STOP_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return started.stream().mapToInt(PendingTable::abort).sum();
    }

    /** A table whose parts are being written; it does not exist in the catalog before {@link #commit()}. */
    public static final class PendingTable {
        private final Transaction create;
        private final List<Future<List<DataFile>>> parts;
        private final WrittenFiles ledger;
        private final CompletableFuture<Void> written;

        PendingTable(
                Transaction create,
                List<Future<List<DataFile>>> parts,
                WrittenFiles ledger,
                CompletableFuture<Void> written) {
            this.create = create;
            this.parts = parts;
            this.ledger = ledger;
            this.written = written;
        }

        /** Commits on {@code committer} as soon as every part is written (or has failed). */
        public CompletableFuture<TableOutcome> commitWhenWritten(Executor committer) {
            return written.thenApplyAsync(done -> commit(), committer);
        }

        private final ReentrantLock committing = new ReentrantLock();
        private boolean aborted;

        public TableOutcome commit() {
            committing.lock();
            try {
                if (aborted) {
                    throw new IllegalStateException(
                            "generation of " + create.table().name() + " was stopped");
                }
                return appendAndCommit();
            } finally {
                committing.unlock();
            }
        }

        private TableOutcome appendAndCommit() {
            AppendFiles append = create.newAppend();
            long rows = 0;
            long bytes = 0;
            int count = 0;
            for (Future<List<DataFile>> part : parts) {
                for (DataFile file : await(part)) {
                    append.appendFile(file);
                    rows += file.recordCount();
                    bytes += file.fileSizeInBytes();
                    count++;
                }
            }
            append.commit();
            create.commitTransaction();
            ledger.committed();
            Table table = create.table();
            return new TableOutcome(
                    table.name(),
                    false,
                    rows,
                    bytes,
                    count,
                    table.currentSnapshot().snapshotId());
        }

        /**
         * Deletes the files written for a table that will not be committed; how many there were. Runs after the
         * table's parts have stopped ({@link IcebergTableWriter#abort()}), and waits (bounded) for a commit under
         * way: a table whose commit does not end in time keeps its files, since they may be committed.
         */
        int abort() {
            try {
                if (!committing.tryLock(COMMIT_WAIT_SECONDS, TimeUnit.SECONDS)) {
                    LOG.warn(
                            "the commit of {} did not end within {} s; its files are left in place",
                            create.table().name(),
                            COMMIT_WAIT_SECONDS);
                    return 0;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return 0;
            }
            try {
                aborted = true;
                parts.forEach(part -> part.cancel(true));
                return ledger.deleteUncommitted(create.table().io());
            } finally {
                committing.unlock();
            }
        }

        private static List<DataFile> await(Future<List<DataFile>> future) {
            try {
                return future.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while writing", e);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof IOException io) {
                    throw new UncheckedIOException(io);
                }
                if (e.getCause() instanceof RuntimeException runtime) {
                    throw runtime;
                }
                throw new IllegalStateException("writing a data file failed: " + e.getCause(), e.getCause());
            }
        }
    }
}
