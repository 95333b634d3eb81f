package io.icebench.cli.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.icebench.cli.run.ScriptedRun;
import io.icebench.core.model.IterationResult;
import io.icebench.core.model.QueryRun;
import io.icebench.core.model.QueryStatus;
import io.icebench.core.stats.Statistics;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The console's line for a query stopped by --iterations auto's caps: no precision is claimed that was not had. */
class ConsoleQueryLineTest {

    @TempDir
    Path dir;

    @Test
    void aSingleRunHasNoIntervalNorSpreadAndClaimsNoPrecision() {
        String line = printed(400);
        assertThat(line)
                .contains("📊 spark q22: median 400.00ms (one run: no interval), peak")
                .doesNotContain("sd ")
                .doesNotContain("CI ")
                .contains("⏹  stopped by the time cap (--max-time): median of 1 run, too few for a 95% interval (6)")
                .doesNotContain("known within");
    }

    @Test
    void fewerThanSixRunsGiveMinToMaxWithItsCoverage() {
        assertThat(printed(400, 410, 420))
                .contains("(CI 400.00ms–420.00ms, min–max: 75% coverage, 95% needs 6 runs), mean 410.00ms")
                .contains("median of 3 runs, too few for a 95% interval (6)");
    }

    @Test
    void sixRunsOrMoreGiveTheNinetyFivePercentIntervalAndThePrecision() {
        assertThat(printed(400, 401, 402, 403, 404, 405, 406, 407, 408, 409))
                .contains("(CI 401.00ms–408.00ms), mean")
                .contains("median known within ±0.9% after 10 runs");
    }

    private String printed(double... ms) {
        List<IterationResult> measured = new ArrayList<>();
        for (int i = 0; i < ms.length; i++) {
            measured.add(new IterationResult(
                    "spark", "q22", "measured", i + 1, ms[i], ms[i] + 0.5, 1L << 30, 1, "ab12", 0.02, false, null));
        }
        QueryRun run = new QueryRun(
                "q22",
                "SELECT 1",
                QueryStatus.OK,
                null,
                1500.0,
                null,
                null,
                null,
                measured,
                Statistics.summarise(ms),
                1L,
                "ab12",
                null,
                null,
                "time",
                null);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ConsoleReporter console = new ConsoleReporter(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        console.runStarted(new ScriptedRun(dir).queries("q22").plan());
        bytes.reset();
        console.queryFinished("spark", run);
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
