package io.icebench.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code icebench scale} with real DuckDB workers; the figures are recomputed here from the raw times. */
class ScaleTest {

    @RegisterExtension
    static final SharedMetastoreExtension METASTORE = new SharedMetastoreExtension();

    @Test
    void speedupAndEfficiencyObeyTheirDefinitionsWithWorkerProcesses() throws Exception {
        checkScaling("processes");
    }

    @Test
    void speedupAndEfficiencyObeyTheirDefinitionsWithThreadsInOneWorker() throws Exception {
        checkScaling("threads");
    }

    private static void checkScaling(String mode) throws Exception {
        Path data = METASTORE.shared().dataDir;
        Path output = data.resolve("scale-" + mode + ".json");
        Cli.Result run = Cli.run(
                data,
                "scale",
                "--engine",
                "duckdb",
                "--clients",
                "1,2",
                "--total-queries",
                "16",
                "--repeats",
                "2",
                "--mode",
                mode,
                "--output",
                output.toString());
        assertThat(run.exit()).as(run.all()).isZero();
        JsonNode results = ResultsJson.read(output);
        assertThat(results.path("kind").asText()).isEqualTo("scale");
        assertThat(results.path("settings").path("mode").asText()).isEqualTo(mode);

        double[][] throughput = new double[3][3]; // [clients][repeat]
        for (JsonNode r : results.path("runs")) {
            int clients = r.path("clients").asInt();
            int repeat = r.path("repeat").asInt();
            JsonNode times = r.path("times");
            assertThat(times).hasSize(16);
            int[] perClient = new int[clients];
            for (JsonNode t : times) {
                perClient[t.path("client").asInt()]++;
                assertThat(t.path("ms").asDouble())
                        .isPositive()
                        .isLessThanOrEqualTo(r.path("work_ms").asDouble());
            }
            assertThat(perClient).containsOnly(16 / clients);
            double expected = times.size() / (r.path("work_ms").asDouble() / 60_000);
            assertThat(r.path("throughput_per_minute").asDouble()).isCloseTo(expected, within(1e-6));
            throughput[clients][repeat] = expected;
        }
        double[] speedup = {throughput[2][1] / throughput[1][1], throughput[2][2] / throughput[1][2]};
        double[] efficiency = {speedup[0] / 2, speedup[1] / 2};
        JsonNode two = results.path("levels").get(1);
        assertThat(two.path("clients").asInt()).isEqualTo(2);
        assertThat(two.path("speedup").path("median").asDouble()).isCloseTo(median(speedup), within(1e-9));
        assertThat(two.path("speedup").path("stddev").asDouble()).isCloseTo(sampleStddev(speedup), within(1e-9));
        assertThat(two.path("efficiency").path("median").asDouble()).isCloseTo(median(efficiency), within(1e-9));
        assertThat(two.path("throughput_per_minute").path("median").asDouble())
                .isCloseTo(median(new double[] {throughput[2][1], throughput[2][2]}), within(1e-6));
        JsonNode one = results.path("levels").get(0);
        assertThat(one.path("speedup").path("median").asDouble()).isEqualTo(1.0);
        assertThat(two.path("superlinear").asBoolean()).isEqualTo(median(efficiency) > 1.05);
        // 16 tiny queries cannot outweigh starting workers: the report must say the work is too small
        assertThat(run.out()).contains("the work is too small; use --total-queries");
        assertThat(run.out()).containsPattern("2 +\\d+\\.\\d ± \\d+\\.\\d +\\d\\.\\d\\d ± \\d\\.\\d\\d");
        assertThat(Cli.liveWorkers()).isEmpty();
    }

    @Test
    void timeAgainstDataSizeGivesTheFittedExponentOfItsMedians() throws Exception {
        Path data = METASTORE.shared().dataDir;
        Path output = data.resolve("data-scaling.json");
        Cli.Result run = Cli.run(
                data,
                "scale",
                "--engine",
                "duckdb",
                "--scales",
                "0.01,0.03",
                "--queries",
                "q6",
                "--repeats",
                "3",
                "--output",
                output.toString());
        assertThat(run.exit()).as(run.all()).isZero();
        JsonNode scaling = ResultsJson.read(output).path("data_scaling");
        JsonNode small = scaling.path("points").get(0);
        JsonNode large = scaling.path("points").get(1);
        assertThat(small.path("namespace").asText()).isEqualTo("tpch_sf0_01");
        assertThat(large.path("namespace").asText()).isEqualTo("tpch_sf0_03");
        double expected = Math.log(large.path("median_ms").path("q6").asDouble()
                        / small.path("median_ms").path("q6").asDouble())
                / Math.log(0.03 / 0.01);
        JsonNode q6 = scaling.path("fits").get(0);
        assertThat(q6.path("query").asText()).isEqualTo("q6");
        assertThat(q6.path("exponent").asDouble()).isCloseTo(expected, within(1e-9));
        assertThat(run.out()).contains("Growth exponent").containsPattern("q6 +b = -?\\d+\\.\\d\\d");
    }

    @Test
    void badLevelsAreOneLineErrors() throws Exception {
        Cli.Result noOne = Cli.run(METASTORE.shared().dataDir, "scale", "--engine", "duckdb", "--clients", "2,4");
        assertThat(noOne.exit()).isEqualTo(2);
        assertThat(noOne.err()).contains("--clients must start with 1");
        Cli.Result mode = Cli.run(METASTORE.shared().dataDir, "scale", "--engine", "duckdb", "--mode", "fibers");
        assertThat(mode.exit()).isEqualTo(2);
        assertThat(mode.err()).contains("--mode 'fibers' must be processes or threads");
    }

    private static double median(double[] values) {
        double[] s = values.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }

    private static double sampleStddev(double[] values) {
        double mean = Arrays.stream(values).average().orElse(0);
        List<Double> squares = new ArrayList<>();
        Arrays.stream(values).forEach(v -> squares.add((v - mean) * (v - mean)));
        return Math.sqrt(squares.stream().mapToDouble(Double::doubleValue).sum() / (values.length - 1));
    }
}
