package io.icebench.core.sql;

import java.util.Locale;

/**
 * How an engine reads Iceberg, as its {@code engine.properties} declares it ({@code reads=files|catalog}); the
 * coordinator hands the declaration to the engine's worker in {@link #ENVIRONMENT_VARIABLE}. It decides how the
 * SQL's table names are mapped ({@link TableNames}), which delete files the engine must apply and which
 * credentials it is sent.
 */
public enum EngineReads {

    /** The engine reads the snapshot's files that the coordinator hands it, under local table names. */
    FILES,
    /** The engine resolves the tables through its own catalog (pinned to the run's snapshot where it can be). */
    CATALOG;

    /** The worker's environment variable holding the declaration ({@code files} or {@code catalog}). */
    public static final String ENVIRONMENT_VARIABLE = "ICEBENCH_READS";

    /** The declaration's value: {@code files} or {@code catalog}. */
    public String declared() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** {@code files} or {@code catalog}; anything else is refused with what to write instead. */
    public static EngineReads parse(String declared) {
        String value = declared == null ? "" : declared.strip();
        for (EngineReads reads : values()) {
            if (reads.declared().equals(value)) {
                return reads;
            }
        }
        throw new IllegalArgumentException("reads=" + value + " (expected files or catalog)");
    }

    /** The declaration a worker was started with. */
    public static EngineReads ofWorker() {
        String declared = System.getenv(ENVIRONMENT_VARIABLE);
        if (declared == null) {
            throw new IllegalStateException(ENVIRONMENT_VARIABLE + " is not set: the coordinator starts workers with "
                    + "their engine's reads= declaration");
        }
        return parse(declared);
    }
}
