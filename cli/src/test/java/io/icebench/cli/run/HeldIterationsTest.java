package io.icebench.cli.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.icebench.core.model.EngineRun;
import io.icebench.core.model.IterationResult;
import io.icebench.core.model.QueryRun;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class HeldIterationsTest {

    private final List<String> written = new ArrayList<>();
    private final AtomicLong now = new AtomicLong();
    private final HeldIterations held = new HeldIterations(
            new RunListener() {
                @Override
                public void iteration(IterationResult result, int of) {
                    written.add(result.query() + "#" + result.iteration());
                }

                @Override
                public void queryFinished(String engine, QueryRun run) {
                    written.add("finished");
                }

                @Override
                public void engineFinished(EngineRun run) {
                    written.add("engine finished");
                }
            },
            now::get,
            null);

    @Test
    void shortExecutionsAreWrittenInOrderWhenTheirQueryEnds() {
        held.iteration(run("q1", 1, 20), 3);
        held.iteration(run("q1", 2, 21), 3);
        assertThat(written).isEmpty();
        held.queryFinished("duckdb", null);
        held.engineFinished(null);
        assertThat(written).containsExactly("q1#1", "q1#2", "finished", "engine finished");
    }

    @Test
    void aLongExecutionIsWrittenAtOnceAfterWhatWasHeld() {
        held.iteration(run("q1", 1, 20), 3);
        held.iteration(run("q1", 2, HeldIterations.SHORT_MS + 1), 3);
        assertThat(written).containsExactly("q1#1", "q1#2");
    }

    @Test
    void nothingIsHeldLongerThanTheHoldTime() {
        held.iteration(run("q1", 1, 20), 100);
        now.addAndGet(HeldIterations.HOLD_NANOS - 1);
        held.iteration(run("q1", 2, 20), 100);
        assertThat(written).isEmpty();
        now.addAndGet(1);
        held.iteration(run("q1", 3, 20), 100);
        assertThat(written).containsExactly("q1#1", "q1#2", "q1#3");
        held.iteration(run("q1", 4, 20), 100);
        assertThat(written).hasSize(3);
    }

    @Test
    void aTimerHandsOverWhatWasHeldWhenNoEventComes() throws InterruptedException {
        List<String> seen = java.util.Collections.synchronizedList(new ArrayList<>());
        try (HeldIterations timed = new HeldIterations(new RunListener() {
            @Override
            public void iteration(IterationResult result, int of) {
                seen.add(result.query() + "#" + result.iteration());
            }
        })) {
            timed.iteration(run("q1", 1, 20), 3); // and then the next execution hangs
            long deadline = System.nanoTime() + 4 * HeldIterations.HOLD_NANOS;
            while (seen.isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(seen).containsExactly("q1#1");
        }
    }

    private static IterationResult run(String query, int iteration, double roundtripMs) {
        return new IterationResult(
                "duckdb", query, "measured", iteration, roundtripMs - 0.4, roundtripMs, null, 1, "ab", 0, false, null);
    }
}
