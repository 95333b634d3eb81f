package io.icebench.core.model;

import java.util.List;

/** Column names and the first rows of a result; values are JSON numbers (decimals exact) or strings. */
public record ResultPreview(List<String> columns, List<List<Object>> rows) {
}
