package io.icebench.cli.run;

import io.icebench.core.process.ProcStat;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * HotSpot's C1 and C2 compiler threads of this JVM, read from Linux's {@code /proc/self/task}: each thread's name in
 * {@code comm} (cut to 15 characters), its scheduler state in {@code stat}. HotSpot adds compiler threads while its
 * queue is long and removes them when idle, so the threads are listed again on every look; a thread's name is read
 * once. Where there is no such folder (not Linux), there are none.
 */
final class CompilerThreads {

    static final Path OF_THIS_JVM = Path.of("/proc/self/task");

    private static final List<String> NAMES = List.of("C1 CompilerThre", "C2 CompilerThre");

    private final Path tasks;
    private final Map<String, Boolean> compilerById = new HashMap<>();

    CompilerThreads(Path tasks) {
        this.tasks = tasks;
    }

    /** Whether one of the compiler threads is running or ready to run now. */
    boolean running() {
        for (Path stat : stats()) {
            try {
                if (state(new String(Files.readAllBytes(stat), StandardCharsets.US_ASCII)) == 'R') {
                    return true;
                }
            } catch (IOException | IndexOutOfBoundsException e) {
                // the thread ended since it was listed
            }
        }
        return false;
    }

    /** The {@code stat} files of the compiler threads there are now. */
    List<Path> stats() {
        List<Path> found = new ArrayList<>();
        try (Stream<Path> threads = Files.list(tasks)) {
            for (Path thread : (Iterable<Path>) threads::iterator) {
                if (compilerById.computeIfAbsent(thread.getFileName().toString(), id -> isCompiler(thread))) {
                    found.add(thread.resolve("stat"));
                }
            }
        } catch (IOException | UncheckedIOException | SecurityException e) {
            return List.of();
        }
        return found;
    }

    /** The state letter of a {@code stat} line: after the name in parentheses, which may itself hold any character. */
    static char state(String stat) {
        return ProcStat.state(stat);
    }

    private static boolean isCompiler(Path thread) {
        try {
            return NAMES.contains(
                    new String(Files.readAllBytes(thread.resolve("comm")), StandardCharsets.US_ASCII).strip());
        } catch (IOException e) {
            return false; // the thread ended
        }
    }
}
