package io.icebench.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import io.icebench.core.config.Defaults;
import io.icebench.core.config.Settings;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** quickstart's first-look defaults, and the user's choices winning over them. */
class QuickLookTest {

    private static final Settings NO_SETTINGS = Settings.load(Path.of("does-not-exist"), Map.of());

    private static BenchmarkRequest quickstart(Settings settings, String... args) {
        QuickstartCommand command = new QuickstartCommand();
        new CommandLine(command).parseArgs(args);
        return QuickLook.request(command.options, settings).suite("tpch").build();
    }

    @Test
    void withoutChoicesQuickstartSkipsWarmUpMeasuresUntilPreciseAtMostTenRunsOrHalfASecondAndGivesSparkFewPartitions() {
        BenchmarkRequest request = quickstart(NO_SETTINGS);

        assertThat(request.measurement().iterations()).isEqualTo(Iterations.auto(10, QuickLook.TIME_CAP));
        assertThat(request.measurement().warmup()).isZero();
        assertThat(request.engines().defaults().get("spark"))
                .containsEntry("conf.spark.sql.shuffle.partitions", QuickLook.SHUFFLE_PARTITIONS)
                .containsEntry("conf.spark.sql.autoBroadcastJoinThreshold", "104857600");
    }

    @Test
    void theUsersIterationsAndSparkSettingsWin() {
        BenchmarkRequest request = quickstart(
                NO_SETTINGS,
                "--iterations",
                "4",
                "--warmup",
                "2",
                "--spark-conf",
                "spark.sql.shuffle.partitions=16",
                "--engines",
                "duckdb");

        assertThat(request.measurement().iterations()).isEqualTo(Iterations.fixed(4));
        assertThat(request.measurement().warmup()).isEqualTo(2);
        assertThat(request.engines().defaults().get("spark")).containsEntry("conf.spark.sql.shuffle.partitions", "16");
        assertThat(quickstart(Settings.load(Path.of("does-not-exist"), Map.of("ICEBENCH_ITERATIONS", "7")))
                        .measurement()
                        .iterations())
                .isEqualTo(Iterations.fixed(7));
    }

    @Test
    void runKeepsItsTenIterationsAndTheHintSaysHowToGetThem() {
        RunCommand run = new RunCommand();
        new CommandLine(run).parseArgs("--suite", "tpch");
        assertThat(run.options.request(NO_SETTINGS).build().measurement().iterations())
                .isEqualTo(Iterations.fixed(Defaults.ITERATIONS));
        assertThat(QuickLook.fullPrecisionHint("tpch", "tpch", "tpch", List.of("duckdb", "spark")))
                .endsWith("./icebench run --suite tpch --engines duckdb,spark --iterations 10");
        assertThat(QuickLook.fullPrecisionHint("tpch", "tpch", "tpch_s3", null))
                .contains("--namespace tpch_s3 --iterations 10");
    }
}
