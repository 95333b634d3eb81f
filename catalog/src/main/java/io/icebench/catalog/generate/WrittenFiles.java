package io.icebench.catalog.generate;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.iceberg.io.FileIO;

/**
 * Every file a write created, until its commit: an aborted or failed write deletes them, so that no
 * unreferenced Parquet file is left in the warehouse.
 */
public final class WrittenFiles {

    private final Set<String> locations = ConcurrentHashMap.newKeySet();

    public void created(String location) {
        locations.add(location);
    }

    /** The write committed: its files now belong to the table. */
    public void committed() {
        locations.clear();
    }

    /** Work that writes files through this ledger and commits them. */
    @FunctionalInterface
    public interface Write<T> {
        T run(WrittenFiles ledger) throws java.io.IOException;
    }

    /** Runs a write: its files belong to the table when it returns, and are deleted when it fails. */
    public <T> T commitOrDelete(FileIO io, Write<T> write) {
        try {
            T result = write.run(this);
            committed();
            return result;
        } catch (java.io.IOException e) {
            deleteUncommitted(io);
            throw new java.io.UncheckedIOException(e);
        } catch (RuntimeException e) {
            deleteUncommitted(io);
            throw e;
        }
    }

    /** Deletes what was written and not committed; returns how many files. */
    public int deleteUncommitted(FileIO io) {
        List<String> all = List.copyOf(locations);
        for (String location : all) {
            try {
                io.deleteFile(location);
            } catch (RuntimeException ignored) {
                // a file that was never flushed does not exist
            }
        }
        locations.removeAll(all);
        return all.size();
    }
}
