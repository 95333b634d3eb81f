package io.icebench.cli.run;

import java.util.Map;

/**
 * A query of a run: an id ({@code q1}, {@code query}), its canonical SQL, and per-engine variants that
 * change only syntax where an engine's dialect needs it.
 */
public record Query(String id, String sql, Map<String, String> variants) {

    public Query(String id, String sql) {
        this(id, sql, Map.of());
    }

    public String sqlFor(String engine) {
        return variants.getOrDefault(engine, sql);
    }

    /** The engine whose variant runs for {@code engine}, or null when the canonical SQL does. */
    public String variantOf(String engine) {
        return variants.containsKey(engine) ? engine : null;
    }
}
