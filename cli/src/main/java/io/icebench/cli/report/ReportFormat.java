package io.icebench.cli.report;

import io.icebench.cli.scale.ScaleResults;
import io.icebench.core.model.BenchmarkResults;

/**
 * One way to present results ({@code report --format NAME}): a class implementing this, listed once in
 * {@link ReportFormats}. It renders a run's results and a scale run's results from the typed records.
 */
public interface ReportFormat {

    /** The name {@code --format} takes. */
    String name();

    /** The extension of the file {@code report} writes, without the dot. */
    String extension();

    String render(BenchmarkResults results);

    String render(ScaleResults results);
}
