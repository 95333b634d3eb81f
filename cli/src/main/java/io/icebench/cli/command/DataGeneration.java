package io.icebench.cli.command;

import io.icebench.catalog.IcebergCatalog;
import io.icebench.catalog.generate.BenchmarkData;
import io.icebench.catalog.generate.TableGenerator;
import io.icebench.catalog.generate.TableLayout;
import io.icebench.catalog.generate.TableOutcome;
import io.icebench.cli.ShutdownOrder;
import io.icebench.cli.report.Format;
import io.icebench.cli.report.ProgressBar;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/**
 * Generating TPC-H or TPC-DS with a progress bar and a closing line; shared by {@code generate}, quickstart and
 * {@code scale --scales}.
 */
final class DataGeneration {

    private DataGeneration() {}

    static List<TableOutcome> run(
            BenchmarkData data,
            IcebergCatalog catalog,
            double scale,
            String namespace,
            TableLayout layout,
            boolean replace,
            PrintStream out) {
        long start = System.nanoTime();
        List<TableOutcome> outcomes;
        TableGenerator generator = data.generator(catalog, Runtime.getRuntime().availableProcessors());
        try (ShutdownOrder.Registration onInterrupt =
                        ShutdownOrder.cleanupOnInterrupt("icebench-generation-abort", () -> {
                            int deleted = generator.abort();
                            if (deleted > 0) {
                                System.err.println("⏹  generation interrupted: removed " + deleted
                                        + " uncommitted files; no table was left half-made");
                            }
                        });
                ProgressBar progress = new ProgressBar(out, data.label() + " SF " + scale)) {
            outcomes = generator.generate(scale, namespace, layout, replace, progress);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long rows = 0;
        long bytes = 0;
        for (TableOutcome t : outcomes) {
            out.printf(
                    Locale.ROOT,
                    "   %-28s %12s rows %3d files %10s  %s%n",
                    t.table(),
                    Format.count(t.rows()),
                    t.files(),
                    Format.bytes(t.bytes()),
                    t.kept() ? "kept (same scale)" : "written");
            if (!t.kept()) {
                rows += t.rows();
                bytes += t.bytes();
            }
        }
        if (rows == 0) {
            out.printf(
                    Locale.ROOT,
                    "✅ %s SF %s already in %s.%s: nothing to write (use --replace to regenerate)%n",
                    data.label(),
                    scale,
                    catalog.name(),
                    namespace);
        } else {
            out.printf(
                    Locale.ROOT,
                    "✅ wrote %s rows, %s in %.1f s: %s rows/s%n",
                    Format.count(rows),
                    Format.bytes(bytes),
                    seconds,
                    Format.count((long) (rows / seconds)));
        }
        return outcomes;
    }
}
