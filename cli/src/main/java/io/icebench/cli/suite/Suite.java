package io.icebench.cli.suite;

import io.icebench.cli.run.Query;
import io.icebench.core.config.ConfigException;
import io.icebench.core.config.Defaults;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A loaded suite: its descriptor ({@code described} false when the directory has none and one was made from its
 * {@code .sql} files), the directory it was read from, its queries in order with every engine's variant, and a
 * content hash of the descriptor, the queries and the variants.
 */
public record Suite(SuiteDescriptor descriptor, boolean described, Path directory, List<Query> queries, String hash) {

    public Suite {
        queries = List.copyOf(queries);
    }

    public String name() {
        return descriptor.name();
    }

    /** The namespace of its unqualified table names: the descriptor's, else tpch. */
    public String namespace() {
        return descriptor.namespace() != null ? descriptor.namespace() : Defaults.TPCH_NAMESPACE;
    }

    public Optional<SuiteGenerator> generator() {
        return descriptor.generator() == null ? Optional.empty() : SuiteGenerator.named(descriptor.generator());
    }

    /** The queries to run: all, or those of {@code only}, each with the variants of {@code engines} only. */
    public List<Query> select(Set<String> only, Collection<String> engines) {
        List<String> known = queries.stream().map(Query::id).toList();
        for (String id : only) {
            if (!known.contains(id)) {
                throw new ConfigException("--queries names '" + id + "', which suite " + name()
                        + " does not have; it has " + String.join(", ", known));
            }
        }
        return queries.stream()
                .filter(q -> only.isEmpty() || only.contains(q.id()))
                .map(q -> {
                    Map<String, String> variants = new LinkedHashMap<>();
                    engines.forEach(engine -> {
                        if (q.variants().containsKey(engine)) {
                            variants.put(engine, q.variants().get(engine));
                        }
                    });
                    return new Query(q.id(), q.sql(), variants);
                })
                .toList();
    }

    /** The directory of expected answers for a scale factor ({@code "0.01"} and {@code 0.010} are the same). */
    public Optional<Path> expectedAnswers(String scale) {
        if (scale == null) {
            return Optional.empty();
        }
        BigDecimal wanted = new BigDecimal(scale);
        return descriptor.expected().entrySet().stream()
                .filter(e -> new BigDecimal(e.getKey()).compareTo(wanted) == 0)
                .map(e -> directory.resolve(e.getValue()))
                .findFirst();
    }
}
