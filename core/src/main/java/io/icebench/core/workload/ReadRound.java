package io.icebench.core.workload;

import java.util.List;

/**
 * What one read phase measured: {@code round} counts read phases from 0; {@code after} lists the phases run
 * since the previous read (e.g. {@code refresh}, {@code compact}); {@code compacted} when one of them was a
 * compaction. {@code verified}: every query answered by two or more engines matched; {@code mismatched} names
 * those that did not, with the engines whose answer differs ({@code q1 (polars)}). {@code results} is the read phase's own results file (the full {@code BenchmarkResults}).
 */
public record ReadRound(
        int round,
        String phase,
        List<String> after,
        boolean compacted,
        List<TableState> tables,
        List<EngineRound> engines,
        boolean verified,
        List<String> mismatched,
        String results) {

    public ReadRound {
        after = List.copyOf(after);
        tables = List.copyOf(tables);
        engines = List.copyOf(engines);
        mismatched = List.copyOf(mismatched);
    }

    public int dataFiles() {
        return tables.stream().mapToInt(TableState::dataFiles).sum();
    }

    public int deleteFiles() {
        return tables.stream().mapToInt(TableState::deleteFiles).sum();
    }

    public int snapshots() {
        return tables.stream().mapToInt(TableState::snapshots).sum();
    }
}
