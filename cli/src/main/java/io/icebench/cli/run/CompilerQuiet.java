package io.icebench.cli.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

/**
 * Keeps the coordinator's own JIT compiler off the cores while an engine is timed. The coordinator's code between
 * two executions (results, progress, JSON lines) is new to the JVM early in a run, and so is the backlog a data
 * generation leaves; HotSpot compiles it on its compiler threads, which would take a core from the engine's next
 * execution. Before each timed execution the coordinator waits while one of its compiler threads is running, at
 * most {@link #MAX_WAIT}. The threads are found by name in {@code /proc} and their state read from {@code stat}
 * (Linux); elsewhere nothing waits. An engine's own JIT is left alone: it is part of what the engine costs, as it is
 * when the engine is run by hand.
 */
final class CompilerQuiet {

    static final Duration MAX_WAIT = Duration.ofMillis(250);
    static final long POLL_NANOS = 250_000;

    private static final Path THREADS = Path.of("/proc/self/task");
    /** HotSpot's compiler threads, as {@code comm} shows their names (cut to 15 characters). */
    private static final List<String> COMPILER_THREADS = List.of("C1 CompilerThre", "C2 CompilerThre");

    private final BooleanSupplier compiling;
    private final Duration maxWait;

    /** {@code compiling}: whether a compiler thread runs now (false when that cannot be told). */
    CompilerQuiet(BooleanSupplier compiling, Duration maxWait) {
        this.compiling = compiling;
        this.maxWait = maxWait;
    }

    /** This JVM's compiler threads, found when first needed and again when one of them has ended. */
    static CompilerQuiet ofThisJvm() {
        return new CompilerQuiet(new CompilerThreads()::running, MAX_WAIT);
    }

    /** Waits while the compiler runs, at most the maximum wait; how long it waited. */
    Duration awaitIdle() {
        long start = System.nanoTime();
        while (compiling.getAsBoolean() && System.nanoTime() - start < maxWait.toNanos()) {
            LockSupport.parkNanos(POLL_NANOS);
        }
        return Duration.ofNanos(System.nanoTime() - start);
    }

    /** The scheduler states of this JVM's compiler threads ({@code R} running, {@code S} sleeping...); none elsewhere. */
    static List<Character> compilerThreadStates() {
        List<Character> states = new ArrayList<>();
        for (Path stat : CompilerThreads.find()) {
            try {
                states.add(CompilerThreads.state(stat));
            } catch (IOException e) {
                // ended meanwhile
            }
        }
        return states;
    }

    private static final class CompilerThreads {

        private List<Path> stats;

        boolean running() {
            if (stats == null) {
                stats = find();
            }
            try {
                for (Path stat : stats) {
                    if (state(stat) == 'R') {
                        return true;
                    }
                }
                return false;
            } catch (IOException | RuntimeException e) {
                stats = null; // a compiler thread ended (HotSpot adds and removes them as it needs)
                return false;
            }
        }

        /** The state letter of {@code /proc/.../stat}: after the name in parentheses, which may hold any character. */
        static char state(Path stat) throws IOException {
            String text = new String(Files.readAllBytes(stat), StandardCharsets.US_ASCII);
            return text.charAt(text.lastIndexOf(')') + 2);
        }

        static List<Path> find() {
            List<Path> found = new ArrayList<>();
            try (Stream<Path> threads = Files.list(THREADS)) {
                for (Path thread : (Iterable<Path>) threads::iterator) {
                    if (isCompiler(thread)) {
                        found.add(thread.resolve("stat"));
                    }
                }
            } catch (IOException | UncheckedIOException | SecurityException e) {
                return List.of();
            }
            return found;
        }

        private static boolean isCompiler(Path thread) {
            try {
                return COMPILER_THREADS.contains(
                        new String(Files.readAllBytes(thread.resolve("comm")), StandardCharsets.US_ASCII).strip());
            } catch (IOException e) {
                return false; // the thread ended
            }
        }
    }
}
