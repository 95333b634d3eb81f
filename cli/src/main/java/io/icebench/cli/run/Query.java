package io.icebench.cli.run;

/** A query of a run: an id ({@code q1}, {@code query}) and its SQL text. */
public record Query(String id, String sql) {
}
