package io.icebench.core.model;

/** A column of a table: its name and its Iceberg type as Iceberg prints it (e.g. {@code decimal(15, 2)}). */
public record ColumnDef(String name, String type) {
}
