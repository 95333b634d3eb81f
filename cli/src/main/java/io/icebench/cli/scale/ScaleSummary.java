package io.icebench.cli.scale;

import io.icebench.cli.scale.ScaleResults.LevelRun;
import io.icebench.cli.scale.ScaleResults.LevelSummary;
import io.icebench.cli.scale.ScaleResults.Spread;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.commons.math3.stat.descriptive.DescriptiveStatistics;

/** Turns level runs into per-level figures, with the warnings the measurement rules call for. */
public final class ScaleSummary {

    /** Start-up above this share of a level means the work is too small to measure scaling. */
    static final double STARTUP_LIMIT = 0.05;
    /** Efficiency above this is superlinear: flagged, never shown as normal. */
    static final double SUPERLINEAR = 1.05;

    private ScaleSummary() {}

    public static List<LevelSummary> of(List<LevelRun> runs, int totalQueries) {
        Map<Integer, List<LevelRun>> byClients = new TreeMap<>();
        runs.stream()
                .filter(r -> r.failure() == null)
                .forEach(r -> byClients
                        .computeIfAbsent(r.clients(), c -> new ArrayList<>())
                        .add(r));
        List<LevelSummary> levels = new ArrayList<>();
        for (Map.Entry<Integer, List<LevelRun>> level : byClients.entrySet()) {
            int clients = level.getKey();
            List<Double> throughput = new ArrayList<>();
            List<Double> speedup = new ArrayList<>();
            List<Double> efficiency = new ArrayList<>();
            List<Double> startup = new ArrayList<>();
            List<Double> share = new ArrayList<>();
            for (LevelRun run : level.getValue()) {
                throughput.add(run.throughputPerMinute());
                startup.add(run.startupMs());
                share.add(run.startupMs() / (run.startupMs() + run.workMs()));
                baseline(runs, run.repeat()).ifPresent(base -> {
                    double s = run.throughputPerMinute() / base.throughputPerMinute();
                    speedup.add(s);
                    efficiency.add(s / clients);
                });
            }
            Spread eff = spread(efficiency);
            double startupShare = median(share);
            List<String> notes = new ArrayList<>();
            if (startupShare > STARTUP_LIMIT) {
                double workPerQueryMs = level.getValue().stream()
                                .mapToDouble(LevelRun::workMs)
                                .average()
                                .orElse(0)
                        / totalQueries;
                long enough = (long)
                        Math.ceil(spread(startup).median() * (1 - STARTUP_LIMIT) / STARTUP_LIMIT / workPerQueryMs);
                notes.add(String.format(
                        Locale.ROOT,
                        "start-up is %.0f%% of this level (over %.0f%%): the work is too small; "
                                + "use --total-queries %d or more",
                        startupShare * 100,
                        STARTUP_LIMIT * 100,
                        Math.max(enough, totalQueries + 1)));
            }
            boolean superlinear = !efficiency.isEmpty() && eff.median() > SUPERLINEAR;
            if (superlinear) {
                notes.add(String.format(
                        Locale.ROOT,
                        "superlinear: efficiency %.2f > %.2f; likely caching (data warm in "
                                + "the OS page cache or the engine after earlier levels) or too little work, not real scaling",
                        eff.median(),
                        SUPERLINEAR));
            }
            levels.add(new LevelSummary(
                    clients,
                    level.getValue().size(),
                    spread(throughput),
                    spread(speedup),
                    eff,
                    spread(startup),
                    startupShare,
                    superlinear,
                    notes));
        }
        return levels;
    }

    private static Optional<LevelRun> baseline(List<LevelRun> runs, int repeat) {
        return runs.stream()
                .filter(r -> r.clients() == 1 && r.repeat() == repeat && r.failure() == null)
                .findFirst();
    }

    static Spread spread(List<Double> values) {
        if (values.isEmpty()) {
            return new Spread(Double.NaN, Double.NaN);
        }
        DescriptiveStatistics d = new DescriptiveStatistics(
                values.stream().mapToDouble(Double::doubleValue).toArray());
        return new Spread(d.getPercentile(50), values.size() > 1 ? d.getStandardDeviation() : 0);
    }

    private static double median(List<Double> values) {
        return spread(values).median();
    }
}
