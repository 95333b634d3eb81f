package io.icebench.cli.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.icebench.core.config.ConfigException;
import io.icebench.core.config.Defaults;
import io.icebench.core.config.Settings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The request: defaults in one place, every value checked once as its part is made, options resolved over settings. */
class BenchmarkRequestTest {

    @Test
    void whatIsNotSetKeepsTheBuiltInDefault() {
        BenchmarkRequest request = BenchmarkRequest.builder().suite("tpch").build();

        assertThat(request.measurement().iterations()).isEqualTo(Iterations.fixed(Defaults.ITERATIONS));
        assertThat(request.measurement().warmup()).isEqualTo(Defaults.WARMUP);
        assertThat(request.measurement().parallel()).isEqualTo(Defaults.PARALLEL);
        assertThat(request.measurement().engineTimeout()).isEqualTo(Defaults.ENGINE_TIMEOUT);
        assertThat(request.measurement().queryTimeout()).isNull();
        assertThat(request.answers().tolerance()).isEqualTo(Defaults.ANSWER_TOLERANCE);
        assertThat(request.outputs().results()).isEqualTo(Path.of(Defaults.RESULTS_FILE));
        assertThat(request.workload().namespace()).isEqualTo(Defaults.TPCH_NAMESPACE);
        assertThat(request.engines().named()).isFalse();
        assertThat(request.keepMetastore()).isFalse();
    }

    @Test
    void valuesOutOfRangeAreRefusedWhenThePartIsMade() {
        assertThatThrownBy(() -> BenchmarkRequest.builder().warmup(-1).build())
                .isInstanceOf(ConfigException.class)
                .hasMessage("--warmup must be 0 or more");
        assertThatThrownBy(() -> BenchmarkRequest.builder().parallel(0).build())
                .hasMessage("--parallel must be at least 1");
        assertThatThrownBy(() -> Iterations.fixed(-1))
                .hasMessageStartingWith("--iterations must be 0 (the cold run only)");
        assertThatThrownBy(() -> BenchmarkRequest.builder()
                        .iterations(Iterations.fixed(0))
                        .warmup(1)
                        .build())
                .hasMessageStartingWith("--iterations 0 measures each query's cold run only");
        assertThatThrownBy(() -> Iterations.auto(5, Duration.ofMinutes(1)))
                .hasMessageStartingWith("--max-iterations must be at least 6");
        assertThatThrownBy(() -> new BenchmarkRequest.AnswerCheck(1.0, null))
                .hasMessageStartingWith("--tolerance must be at least 0 and below 1");
    }

    @Test
    void iterationsZeroIsTheColdRunAloneWithNoWarmUp() {
        RunCommand command = new RunCommand();
        new CommandLine(command).parseArgs("--iterations", "0");

        BenchmarkRequest request = command.options
                .request(Settings.load(Path.of("does-not-exist"), Map.of()))
                .suite("tpch")
                .build();

        assertThat(request.measurement().iterations().coldOnly()).isTrue();
        assertThat(request.measurement().warmup()).isZero();
    }

    @Test
    void optionsGivenWinOverSettingsWhichWinOverDefaults() {
        RunCommand command = new RunCommand();
        new CommandLine(command)
                .parseArgs(
                        "--iterations",
                        "auto",
                        "--max-iterations",
                        "20",
                        "--engines",
                        "a,b",
                        "--jdbc",
                        "pg=jdbc:postgresql://h/db",
                        "-E",
                        "a.threads=1",
                        "--no-verify",
                        "--spark-master",
                        "local[2]",
                        "--queries",
                        "q6, q1");
        Settings settings = Settings.load(
                Path.of("does-not-exist"),
                Map.of("ICEBENCH_WARMUP", "3", "ICEBENCH_ITERATIONS", "7", "TRINO_URL", "jdbc:trino://t:8080"));

        BenchmarkRequest request =
                command.options.request(settings).suite("tpch").build();

        assertThat(request.measurement().iterations()).isEqualTo(Iterations.auto(20, Defaults.AUTO_TIME_CAP));
        assertThat(request.measurement().warmup()).isEqualTo(3);
        assertThat(request.engines().names()).containsExactly("a", "b", "pg=jdbc");
        assertThat(request.engines().options()).containsExactly("pg.url=jdbc:postgresql://h/db", "a.threads=1");
        assertThat(request.engines().defaults().get("spark")).containsEntry("master", "local[2]");
        assertThat(request.engines().defaults().get("trino")).containsEntry("url", "jdbc:trino://t:8080");
        assertThat(request.answers().tolerance()).isNull();
        assertThat(request.workload().onlyQueries()).containsExactly("q6", "q1");
    }
}
