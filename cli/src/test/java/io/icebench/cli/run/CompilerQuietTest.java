package io.icebench.cli.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

class CompilerQuietTest {

    @Test
    void findsThisJvmsCompilerThreadsAndReadsTheirStates() {
        List<Character> states = CompilerQuiet.compilerThreadStates();
        if (!Files.isDirectory(Path.of("/proc/self/task"))) {
            assertThat(states).isEmpty();
            return;
        }
        // HotSpot keeps at least one C1 and one C2 thread; each state is one of the kernel's letters
        assertThat(states).hasSizeGreaterThanOrEqualTo(2).allMatch(state -> "RSDTtXZPIKWx".indexOf(state) >= 0);
    }

    @Test
    void waitsWhileTheCompilerRunsAndStopsOnceItRests() {
        AtomicInteger asked = new AtomicInteger();
        BooleanSupplier runsThreeTimes = () -> asked.incrementAndGet() <= 3;
        new CompilerQuiet(runsThreeTimes, Duration.ofMinutes(1)).awaitIdle();
        assertThat(asked.get()).isEqualTo(4);
    }

    @Test
    void aCompilerThatNeverRestsIsWaitedForAtMostTheMaximum() {
        AtomicInteger asked = new AtomicInteger();
        BooleanSupplier alwaysRunning = () -> asked.incrementAndGet() > 0;
        Duration waited = new CompilerQuiet(alwaysRunning, Duration.ofMillis(20)).awaitIdle();
        assertThat(waited).isGreaterThanOrEqualTo(Duration.ofMillis(20));
        assertThat(asked.get()).isGreaterThan(1);
    }

    @Test
    void aRestingCompilerIsAskedOnceAndNotWaitedFor() {
        AtomicInteger asked = new AtomicInteger();
        new CompilerQuiet(() -> asked.incrementAndGet() < 0, Duration.ofMinutes(1)).awaitIdle();
        assertThat(asked.get()).isEqualTo(1);
    }
}
