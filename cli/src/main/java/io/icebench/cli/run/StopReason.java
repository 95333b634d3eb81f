package io.icebench.cli.run;

/** What ended the measured runs of a query under {@code --iterations auto}. */
public enum StopReason {
    /** The median's 95% interval became narrow enough. */
    PRECISION("precision"),
    /** The fixed count, or with auto the maximum count, was reached. */
    ITERATIONS("iterations"),
    /** With auto: the measuring time per query ran out. */
    TIME("time");

    private final String label;

    StopReason(String label) {
        this.label = label;
    }

    /** As the results file writes it ({@code stopped_by}). */
    public String label() {
        return label;
    }
}
