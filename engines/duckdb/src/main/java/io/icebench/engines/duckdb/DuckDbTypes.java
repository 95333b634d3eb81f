package io.icebench.engines.duckdb;

import java.util.Locale;

/** Iceberg type names (as Iceberg prints them) to DuckDB types, for tables without data files. */
final class DuckDbTypes {

    private DuckDbTypes() {}

    static String of(String icebergType) {
        String t = icebergType.toLowerCase(Locale.ROOT).replace(" ", "");
        if (t.startsWith("decimal")) {
            return t.toUpperCase(Locale.ROOT);
        }
        return switch (t) {
            case "boolean" -> "BOOLEAN";
            case "int" -> "INTEGER";
            case "long" -> "BIGINT";
            case "float" -> "REAL";
            case "double" -> "DOUBLE";
            case "date" -> "DATE";
            case "time" -> "TIME";
            case "timestamp" -> "TIMESTAMP";
            case "timestamptz" -> "TIMESTAMPTZ";
            case "uuid" -> "UUID";
            case "binary" -> "BLOB";
            default -> "VARCHAR";
        };
    }
}
