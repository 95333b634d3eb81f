package io.icebench.cli.command;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;

/** A benchmark as the user asked for it, with every default already applied. */
record BenchmarkRequest(
        String query,
        String table,
        String suite,
        Set<String> onlyQueries,
        String namespace,
        List<String> engines,
        List<String> engineOptions,
        int iterations,
        int warmup,
        Duration engineTimeout,
        Duration queryTimeout,
        int parallel,
        Path output,
        boolean printResults,
        boolean allowWrites,
        boolean keepMetastore) {
}
