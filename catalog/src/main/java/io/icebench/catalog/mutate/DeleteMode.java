package io.icebench.catalog.mutate;

import java.util.Locale;

/** How a mutation records deleted rows. */
public enum DeleteMode {
    /** Position delete files (format v2). */
    POSITION(2),
    /** Equality delete files on the key column (format v2 or v3). */
    EQUALITY(2),
    /** Deletion vectors in Puffin files (format v3). */
    DV(3);

    private final int minimumFormat;

    DeleteMode(int minimumFormat) {
        this.minimumFormat = minimumFormat;
    }

    /** Null when a table of this format version can take these deletes, else why not. */
    public String whyNot(int formatVersion) {
        if (this == POSITION && formatVersion >= 3) {
            return "a format-version 3 table takes deletion vectors, not position delete files: use --delete-mode dv";
        }
        if (formatVersion < minimumFormat) {
            return "deletion vectors need a format-version 3 table (this one is v" + formatVersion
                    + "): generate with --format-version 3, or use --delete-mode position";
        }
        return null;
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
