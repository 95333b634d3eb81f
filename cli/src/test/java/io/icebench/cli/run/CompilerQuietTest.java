package io.icebench.cli.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class CompilerQuietTest {

    @Test
    void waitsWhileTheCompilerRunsAndStopsOnceItRests() {
        AtomicInteger asked = new AtomicInteger();
        BooleanSupplier runsThreeTimes = () -> asked.incrementAndGet() <= 3;
        new CompilerQuiet(runsThreeTimes, Duration.ofMinutes(1)).awaitIdle(Duration.ofMinutes(1));
        assertThat(asked.get()).isEqualTo(4);
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void aCompilerThatNeverRestsIsWaitedForAtMostTheGivenTimeThenNotAtAllOnceTheTotalIsSpent() {
        AtomicInteger asked = new AtomicInteger();
        BooleanSupplier alwaysRunning = () -> asked.incrementAndGet() > 0;
        CompilerQuiet quiet = new CompilerQuiet(alwaysRunning, Duration.ofMillis(50));
        Duration waited = quiet.awaitIdle(Duration.ofMillis(20));
        assertThat(waited).isGreaterThanOrEqualTo(Duration.ofMillis(20)).isLessThan(CompilerQuiet.MAX_WAIT);
        assertThat(asked.get()).isGreaterThan(1);

        quiet.awaitIdle(Duration.ofMinutes(1)); // spends what is left of the 50 ms
        int before = asked.get();
        assertThat(quiet.awaitIdle(Duration.ofMinutes(1))).isLessThan(Duration.ofMillis(20));
        assertThat(asked.get()).as("spent: the compiler is not even asked").isEqualTo(before);
    }

    @Test
    void aRestingCompilerIsAskedOnceAndNotWaitedFor() {
        AtomicInteger asked = new AtomicInteger();
        new CompilerQuiet(() -> asked.incrementAndGet() < 0, Duration.ofMinutes(1)).awaitIdle(Duration.ofMinutes(1));
        assertThat(asked.get()).isEqualTo(1);
    }
}
