package io.icebench.cli.report;

import io.icebench.core.model.BenchmarkResults;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Writes report files atomically, and names the ones a run writes beside its results. */
public final class Reports {

    /** The formats of the report files written beside a run's results, in the order {@link #besides} names them. */
    public static final String[] BESIDE_RESULTS = {"html", "md"};

    private Reports() {}

    public static void write(Path file, String text) throws IOException {
        OutputTargets.replace(file, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** {@code report.html} and {@code report.md} beside a results file. */
    public static Path[] besides(Path results) {
        Path dir = results.toAbsolutePath().getParent();
        Path[] files = new Path[BESIDE_RESULTS.length];
        for (int i = 0; i < files.length; i++) {
            files[i] = dir.resolve(
                    "report." + ReportFormats.named(BESIDE_RESULTS[i]).extension());
        }
        return files;
    }

    /** Writes {@code report.html} and {@code report.md} for a run's results beside its results file. */
    public static Path[] writeBeside(Path results, BenchmarkResults finished) throws IOException {
        Path[] files = besides(results);
        for (int i = 0; i < files.length; i++) {
            write(files[i], ReportFormats.named(BESIDE_RESULTS[i]).render(finished));
        }
        return files;
    }
}
