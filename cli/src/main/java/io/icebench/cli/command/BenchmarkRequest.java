package io.icebench.cli.command;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A benchmark as the user asked for it, with every default already applied. {@code engineDefaults} are
 * options per engine name from engine-specific flags (e.g. {@code --spark-master}); {@code -E} wins over them.
 */
record BenchmarkRequest(
        String query,
        String table,
        String suite,
        Set<String> onlyQueries,
        String namespace,
        Map<String, Long> snapshots,
        List<String> engines,
        List<String> engineOptions,
        Map<String, Map<String, String>> engineDefaults,
        Iterations iterations,
        int warmup,
        int freshProcessColdRuns,
        boolean dropCaches,
        Duration engineTimeout,
        Duration queryTimeout,
        int parallel,
        Double answerTolerance,
        String reference,
        Path output,
        boolean printResults,
        boolean writeReport,
        boolean allowWrites,
        boolean keepMetastore) {
}
