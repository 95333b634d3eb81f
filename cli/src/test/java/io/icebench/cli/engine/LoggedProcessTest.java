package io.icebench.cli.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LoggedProcessTest {

    @TempDir
    Path dir;

    @Test
    void aProcessThatOverrunsItsLimitIsKilledWithTheProcessesItStarted() {
        // the child keeps the output open: a caller that read the output before waiting would wait for it
        String marker = "299.4711";
        LoggedProcess.Outcome outcome = LoggedProcess.run(
                List.of("sh", "-c", "sleep " + marker + " & sleep " + marker),
                dir.resolve("pip.log"),
                Duration.ofSeconds(1));

        assertThat(outcome.timedOut()).isTrue();
        assertThat(outcome.exit()).isEqualTo(-1);
        assertThat(ProcessHandle.allProcesses()
                        .filter(p -> p.info()
                                .arguments()
                                .map(a -> List.of(a).contains(marker))
                                .orElse(false))
                        .filter(ProcessHandle::isAlive))
                .isEmpty();
    }

    @Test
    void outputLargerThanAPipeIsKeptInTheLogAndTheLastLineIsTheReason() throws Exception {
        LoggedProcess.Outcome outcome = LoggedProcess.run(
                List.of(
                        "sh",
                        "-c",
                        "head -c 300000 /dev/zero | tr '\\0' x; echo; echo 'ERROR: no version of daft'; echo; exit 3"),
                dir.resolve("logs/pip.log"),
                Duration.ofMinutes(5));

        assertThat(outcome.timedOut()).isFalse();
        assertThat(outcome.exit()).isEqualTo(3);
        assertThat(outcome.lastLine()).isEqualTo("ERROR: no version of daft");
        assertThat(Files.size(dir.resolve("logs/pip.log"))).isGreaterThan(300_000);
    }
}
