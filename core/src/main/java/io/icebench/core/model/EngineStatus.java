package io.icebench.core.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** How one engine's part of a run ended, written in the results as its label. */
public enum EngineStatus {
    /** Every query succeeded. */
    OK("ok"),
    /** The engine ran, some query failed. */
    FAILED("failed"),
    /** The engine itself failed (its worker did not start or kept dying). */
    ERROR("error"),
    /** The engine cannot run here (not installed, storage out of its reach). */
    UNAVAILABLE("unavailable"),
    INTERRUPTED("interrupted");

    private final String label;

    EngineStatus(String label) {
        this.label = label;
    }

    @JsonValue
    public String label() {
        return label;
    }

    @JsonCreator
    public static EngineStatus fromLabel(String label) {
        for (EngineStatus status : values()) {
            if (status.label.equals(label)) {
                return status;
            }
        }
        throw new IllegalArgumentException("unknown engine status: " + label);
    }
}
