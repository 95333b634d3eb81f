package io.icebench.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.icebench.core.stats.Statistics;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** --iterations auto and --cold fresh-process on real DuckDB workers. */
class MeasurementModesTest {

    @RegisterExtension
    static final SharedMetastoreExtension METASTORE = new SharedMetastoreExtension();

    @Test
    void autoIterationsStopForASaidReasonThatTheTimesBearOut() throws Exception {
        Path data = METASTORE.shared().dataDir;
        Path output = data.resolve("auto.json");
        Cli.Result run = Cli.run(
                data,
                "run",
                "--suite",
                "tpch",
                "--queries",
                "q1,q6",
                "--engines",
                "duckdb",
                "--iterations",
                "auto",
                "--max-iterations",
                "40",
                "--max-time",
                "20s",
                "--output",
                output.toString());
        assertThat(run.exit()).as(run.all()).isZero();
        JsonNode results = ResultsJson.read(output);
        assertThat(results.path("settings").path("iterations").asText()).isEqualTo("auto");
        for (String id : new String[] {"q1", "q6"}) {
            JsonNode q = ResultsJson.query(results, "duckdb", id);
            String stoppedBy = q.path("stopped_by").asText();
            int n = q.path("iterations").size();
            double[] ms = new double[n];
            for (int i = 0; i < n; i++) {
                ms[i] = q.path("iterations").get(i).path("ms").asDouble();
            }
            double halfWidth = Statistics.summarise(ms).relativeHalfWidth();
            switch (stoppedBy) {
                case "precision" -> {
                    assertThat(n).isBetween(6, 40);
                    assertThat(halfWidth).isLessThan(0.05);
                    // the rule is asked between series, and the last series was at most half the runs
                    // before it: at some m in [2n/3, n) the interval was still wider (unless n is the sixth)
                    if (n > 6) {
                        assertThat(IntStream.range(Math.max(6, (2 * n + 2) / 3), n)
                                        .mapToDouble(m -> Statistics.summarise(Arrays.copyOf(ms, m))
                                                .relativeHalfWidth()))
                                .as("half-widths of the runs before the last series")
                                .anyMatch(w -> w >= 0.05);
                    }
                }
                case "iterations" -> assertThat(n).isEqualTo(40);
                case "time" -> assertThat(n).isLessThan(40);
                default -> throw new AssertionError("stopped_by " + stoppedBy);
            }
            assertThat(q.path("stats").path("n").asInt()).isEqualTo(n);
        }
        assertThat(run.out()).contains("⏹  stopped by");
    }

    @Test
    void freshProcessColdRunsStartANewWorkerEachAndTimeItsPartsApart() throws Exception {
        Path data = METASTORE.shared().dataDir;
        Path output = data.resolve("cold.json");
        Cli.Result run = Cli.run(
                data,
                "run",
                "--suite",
                "tpch",
                "--queries",
                "q6",
                "--engines",
                "duckdb",
                "--iterations",
                "2",
                "--cold",
                "fresh-process",
                "--cold-runs",
                "3",
                "--output",
                output.toString());
        assertThat(run.exit()).as(run.all()).isZero();
        JsonNode results = ResultsJson.read(output);
        JsonNode q6 = ResultsJson.query(results, "duckdb", "q6");
        JsonNode cold = q6.path("fresh_process_cold_runs");
        assertThat(cold).hasSize(3);
        for (JsonNode c : cold) {
            assertThat(c.path("startup_ms").asDouble()).isGreaterThan(50);
            assertThat(c.path("setup_ms").asDouble()).isPositive();
            assertThat(c.path("ms").asDouble())
                    .isPositive()
                    .isLessThan(c.path("startup_ms").asDouble());
            assertThat(c.path("peak_rss_bytes").asLong()).isGreaterThan(10L << 20);
        }
        assertThat(q6.path("fresh_process_cold_stats").path("n").asInt()).isEqualTo(3);
        assertThat(results.path("settings").path("cold").asText()).isEqualTo("fresh-process");
        // the fresh workers come and go beside the engine's own: one worker start for the measured runs
        assertThat(ResultsJson.engine(results, "duckdb").path("worker_starts").asInt())
                .isEqualTo(1);
        assertThat(run.out()).contains("🧊 duckdb q6 fresh-process cold: median");
        assertThat(Cli.liveWorkers()).isEmpty();
        Cli.Result bad = Cli.run(data, "run", "--suite", "tpch", "--engines", "duckdb", "--cold", "sometimes");
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).contains("--cold 'sometimes' must be first-run or fresh-process");
    }
}
