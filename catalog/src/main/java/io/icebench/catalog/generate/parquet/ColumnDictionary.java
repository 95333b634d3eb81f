package io.icebench.catalog.generate.parquet;

/**
 * The distinct values of a column chunk, each with its code (0, 1, 2, ...) in order of first appearance, found
 * again by hash through {@link #table}.
 */
abstract class ColumnDictionary {

    protected final CodeTable table = new CodeTable();
    /** Entries so far: the next new value's code. */
    protected int size;

    final int size() {
        return size;
    }

    /** Bytes the entries take in plain encoding: Parquet's measure of a dictionary's size. */
    abstract int plainBytes();

    /** Appends the plain encoding of the entry with code {@code code}. */
    abstract void writePlain(int code, PlainBuffer out);

    /** Forgets every entry, for the next column chunk. */
    void clear() {
        table.clear();
        size = 0;
    }
}
