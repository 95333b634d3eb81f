package io.icebench.core.model;

/**
 * A column of a table: its name, its Iceberg type as Iceberg prints it (e.g. {@code decimal(15, 2)}) and whether
 * Iceberg declares it required (never null).
 */
public record ColumnDef(String name, String type, boolean required) {}
