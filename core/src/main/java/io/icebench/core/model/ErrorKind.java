package io.icebench.core.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Why an engine, a query or an iteration did not produce a measurement. */
public enum ErrorKind {
    TIMEOUT("timeout"),
    CRASH("crash"),
    OOM("oom"),
    SQL_ERROR("sql-error"),
    UNSUPPORTED("unsupported"),
    CONNECTION("connection"),
    /** A file of the snapshot could not be read (deleted, moved, no permission). */
    IO("io"),
    AUTH("auth"),
    SETUP("setup"),
    UNAVAILABLE("unavailable"),
    INTERRUPTED("interrupted");

    private final String label;

    ErrorKind(String label) {
        this.label = label;
    }

    @JsonValue
    public String label() {
        return label;
    }

    @JsonCreator
    public static ErrorKind fromLabel(String label) {
        for (ErrorKind kind : values()) {
            if (kind.label.equals(label)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown error kind: " + label);
    }
}
