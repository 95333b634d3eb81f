package io.icebench.catalog.generate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.iceberg.Schema;
import org.apache.iceberg.catalog.Catalog;
import org.apache.iceberg.catalog.TableIdentifier;

/**
 * Writes a set of generated tables on a pool of threads, each committed as soon as its parts are written; a
 * failure or {@link #abort} deletes the files of every table not yet committed, so no table is left half-made.
 */
final class GeneratedTableSet {

    /** One table to write: its parts run in parallel. */
    record Planned(TableIdentifier id, Schema schema, Map<String, String> identity, List<TablePart> parts) {}

    private volatile IcebergTableWriter writer;

    /** Writes the tables in the order given; the outcome of each, by table name. */
    Map<String, TableOutcome> write(
            Catalog iceberg, List<Planned> tables, TableLayout layout, int threads, GenerationProgress progress) {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        ExecutorService committer = Executors.newFixedThreadPool(2);
        try {
            writer = new IcebergTableWriter(pool, progress);
            Map<String, CompletableFuture<TableOutcome>> committed = new LinkedHashMap<>();
            for (Planned table : tables) {
                IcebergTableWriter.PendingTable started =
                        writer.start(iceberg, table.id(), table.schema(), layout, table.identity(), table.parts());
                committed.put(table.id().name(), started.commitWhenWritten(committer));
            }
            Map<String, TableOutcome> outcomes = new LinkedHashMap<>();
            for (Map.Entry<String, CompletableFuture<TableOutcome>> table : committed.entrySet()) {
                outcomes.put(table.getKey(), join(table.getValue()));
            }
            return outcomes;
        } catch (RuntimeException e) {
            abort();
            throw e;
        } finally {
            pool.shutdownNow();
            committer.shutdownNow();
        }
    }

    /** Stops the writing and deletes the files of the tables not yet committed ({@link IcebergTableWriter#abort}). */
    int abort() {
        IcebergTableWriter started = writer;
        return started == null ? 0 : started.abort();
    }

    private static TableOutcome join(CompletableFuture<TableOutcome> commit) {
        try {
            return commit.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause
                    ? cause
                    : new IllegalStateException("writing a table failed: " + e.getCause(), e.getCause());
        }
    }
}
