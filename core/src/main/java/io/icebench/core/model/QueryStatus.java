package io.icebench.core.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** How one query on one engine ended, written in the results as {@code ok}, {@code failed} or {@code interrupted}. */
public enum QueryStatus {
    OK("ok"),
    FAILED("failed"),
    /** Cut short by Ctrl-C or a coordinator that stopped; rebuilt from the JSON Lines file. */
    INTERRUPTED("interrupted");

    private final String label;

    QueryStatus(String label) {
        this.label = label;
    }

    @JsonValue
    public String label() {
        return label;
    }

    @JsonCreator
    public static QueryStatus fromLabel(String label) {
        for (QueryStatus status : values()) {
            if (status.label.equals(label)) {
                return status;
            }
        }
        throw new IllegalArgumentException("unknown query status: " + label);
    }
}
