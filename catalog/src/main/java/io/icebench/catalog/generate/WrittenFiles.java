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
