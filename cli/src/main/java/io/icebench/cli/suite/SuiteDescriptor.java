package io.icebench.cli.suite;

import java.util.List;
import java.util.Map;

/**
 * A suite's {@code suite.yaml}: its {@code name}, what it is ({@code description}), the {@code namespace} its
 * tables live in by default, the {@code generator} that makes them ({@code tpch}, {@code tpcds}; null: the user
 * brings them), the {@code tables} it needs, its {@code queries} in order (free ids, file {@code <id>.sql}) and
 * directories of {@code expected} answers by scale factor. Optional parts are null or empty when not given.
 */
public record SuiteDescriptor(
        String name,
        String description,
        String namespace,
        String generator,
        List<String> tables,
        List<String> queries,
        Map<String, String> expected) {

    public SuiteDescriptor {
        tables = tables == null ? List.of() : List.copyOf(tables);
        queries = queries == null ? List.of() : List.copyOf(queries);
        expected = expected == null ? Map.of() : Map.copyOf(expected);
    }
}
