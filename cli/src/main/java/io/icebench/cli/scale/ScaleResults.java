package io.icebench.cli.scale;

import io.icebench.core.model.Environment;
import io.icebench.core.model.TableInfo;
import java.util.List;
import java.util.Map;

/**
 * What {@code icebench scale} measured ({@code scale_results.json}): every level × repeat with its raw
 * times, and per level the median ± sample standard deviation over the repeats; or, with {@code --scales},
 * time against data size ({@code dataScaling}).
 */
public record ScaleResults(
        String formatVersion,
        String kind,
        Environment environment,
        Map<String, Object> settings,
        List<TableInfo> tables,
        List<LevelRun> runs,
        List<LevelSummary> levels,
        DataScaling dataScaling) {

    /** The engine the scale run measured, as its settings name it. */
    public String engine() {
        Object engine = settings == null ? null : settings.get("engine");
        return engine == null ? "" : engine.toString();
    }

    /** One execution of one query by one client. */
    public record Execution(int client, String query, double ms) {}

    /**
     * One level (N clients) in one repeat. {@code startupMs}: from launching the N workers until all are set
     * up and warmed; {@code workMs}: from releasing the clients together until the last finished;
     * throughput = executions / work minutes.
     */
    public record LevelRun(
            int clients,
            int repeat,
            double startupMs,
            double workMs,
            int executions,
            double throughputPerMinute,
            String failure,
            List<Execution> times) {}

    /** Median and sample standard deviation over the repeats. */
    public record Spread(double median, double stddev) {}

    /**
     * One level over its repeats: speedup = throughput(N) / throughput(1) and efficiency = speedup / N,
     * computed within each repeat, then summarised; {@code startupShare} = start-up / (start-up + work).
     */
    public record LevelSummary(
            int clients,
            int repeats,
            Spread throughputPerMinute,
            Spread speedup,
            Spread efficiency,
            Spread startupMs,
            double startupShare,
            boolean superlinear,
            List<String> notes) {}
}
