package io.icebench.cli.command;

import io.icebench.cli.Main;
import io.icebench.cli.compare.EnginePair;
import io.icebench.cli.compare.ResultsComparison;
import io.icebench.cli.report.Format;
import io.icebench.cli.report.StoredResults;
import io.icebench.core.config.ConfigException;
import io.icebench.core.model.BenchmarkResults;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code icebench compare OLD.json NEW.json}: which changes between two runs are real, which are noise. */
@Command(
        name = "compare",
        mixinStandardHelpOptions = true,
        description = "Compare two results files engine by engine, query by query; exit 1 when something got "
                + "significantly slower beyond --threshold (for CI gates).")
public final class CompareCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "OLD", description = "Results file of the earlier run.")
    Path before;

    @Parameters(
            index = "1",
            arity = "0..1",
            paramLabel = "NEW",
            description = "Results file of the later run (default with --engines: OLD itself).")
    Path after;

    @Option(
            names = "--engines",
            split = ",",
            paramLabel = "OLD,NEW",
            description = "Compare two engines (labels) instead of two runs, e.g. duckdb@1.4.2.0,duckdb@2.0.0.1: "
                    + "the first from OLD, the second from NEW (or from OLD when there is one file).")
    List<String> engines;

    @Option(names = "--threshold", description = "Smallest change that counts, e.g. 5%% or 0.05 (default 5%%).")
    String threshold = "5%";

    @Option(names = "--alpha", description = "Significance level of the Mann-Whitney U test (default 0.05).")
    double alpha = 0.05;

    @Option(names = "--force", description = "Compare even when the runs read other snapshots or ran other SQL.")
    boolean force;

    @Override
    public Integer call() {
        double limit = fraction(threshold);
        if (!(alpha > 0 && alpha < 1)) {
            throw new ConfigException("--alpha must be between 0 and 1, e.g. 0.05");
        }
        if (after == null && engines == null) {
            throw new ConfigException(
                    "give two results files (OLD NEW), or one with --engines OLD,NEW to compare two of its engines");
        }
        Path newer = after == null ? before : after;
        BenchmarkResults old = read(before);
        BenchmarkResults latest = read(newer);
        if (engines != null) {
            List<String> pair = EnginePair.labels(engines);
            String as = pair.get(1) + " vs " + pair.get(0);
            old = EnginePair.only(old, before, pair.get(0), as);
            latest = EnginePair.only(latest, newer, pair.get(1), as);
        }
        List<String> problems = ResultsComparison.incompatibilities(old, latest);
        if (!problems.isEmpty() && !force) {
            throw new ConfigException(
                    "the runs are not comparable: " + String.join("; ", problems) + " (--force compares them anyway)");
        }
        problems.forEach(p -> System.out.println("⚠️  " + p + " (compared anyway: --force)"));
        List<ResultsComparison.Change> changes = ResultsComparison.changes(old, latest, limit, alpha);
        if (changes.isEmpty()) {
            throw new ConfigException("nothing to compare: no engine × query was measured in both " + before + " and "
                    + newer + " (engines are matched by label, queries by id; a run with --iterations 0 has cold runs"
                    + " only, which cannot be compared)");
        }
        System.out.printf(
                Locale.ROOT,
                "Comparing %s (old) with %s (new): ratio = new median / old median, 95%% bootstrap "
                        + "interval, Mann-Whitney U p; a change counts when p < %s and the whole interval is beyond ±%s%n",
                before + (engines == null ? "" : " " + engines.get(0)),
                newer + (engines == null ? "" : " " + engines.get(1)),
                alpha,
                threshold);
        System.out.printf(
                Locale.ROOT,
                "%-12s %-8s %12s %12s  %-24s %8s  %s%n",
                "ENGINE",
                "QUERY",
                "OLD MEDIAN",
                "NEW MEDIAN",
                "RATIO (95% CI)",
                "P",
                "VERDICT");
        for (ResultsComparison.Change c : changes) {
            System.out.printf(
                    Locale.ROOT,
                    "%-12s %-8s %12s %12s  %-24s %8.4f  %s%n",
                    c.engine(),
                    c.query(),
                    Format.ms(c.oldMedianMs()),
                    Format.ms(c.newMedianMs()),
                    String.format(
                            Locale.ROOT,
                            "%.3f× (%.3f–%.3f)",
                            c.ratio().ratio(),
                            c.ratio().low(),
                            c.ratio().high()),
                    c.ratio().pValue(),
                    verdict(c.verdict()));
        }
        ResultsComparison.unmatched(old, latest).forEach(u -> System.out.println("ℹ️  " + u));
        long slower = changes.stream()
                .filter(c -> c.verdict() == ResultsComparison.Verdict.SLOWER)
                .count();
        long faster = changes.stream()
                .filter(c -> c.verdict() == ResultsComparison.Verdict.FASTER)
                .count();
        System.out.printf(
                Locale.ROOT, "%d slower, %d faster, %d no change%n", slower, faster, changes.size() - slower - faster);
        return slower > 0 ? Main.FAILURES : Main.OK;
    }

    private static String verdict(ResultsComparison.Verdict verdict) {
        return switch (verdict) {
            case SLOWER -> "🔺 slower";
            case FASTER -> "🔻 faster";
            case NO_CHANGE -> "no change";
        };
    }

    static double fraction(String text) {
        String t = text.strip();
        try {
            double value =
                    t.endsWith("%") ? Double.parseDouble(t.substring(0, t.length() - 1)) / 100 : Double.parseDouble(t);
            if (value >= 0 && Double.isFinite(value)) {
                return value;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new ConfigException("--threshold '" + text + "' is not a fraction like 5% or 0.05");
    }

    private static BenchmarkResults read(Path file) {
        if (!Files.isReadable(file)) {
            throw new ConfigException("cannot read " + file + "; give two results files written by icebench run");
        }
        return StoredResults.readRun(file);
    }
}
