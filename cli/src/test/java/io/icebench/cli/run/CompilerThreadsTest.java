package io.icebench.cli.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompilerThreadsTest {

    @Test
    void findsTheCompilerThreadsOfThisJvm() {
        CompilerThreads threads = new CompilerThreads(CompilerThreads.OF_THIS_JVM);
        if (!Files.isDirectory(CompilerThreads.OF_THIS_JVM)) {
            assertThat(threads.stats()).isEmpty();
            return;
        }
        // HotSpot keeps one C1 and one C2 thread at least
        assertThat(threads.stats()).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void theStateFollowsTheNameWhateverTheNameHolds() {
        assertThat(CompilerThreads.state("14488 (C2 CompilerThre) S 14474 14474"))
                .isEqualTo('S');
        assertThat(CompilerThreads.state("7 (a) R (b) D 1")).isEqualTo('D');
    }

    @Test
    void runningWhileACompilerThreadRunsFoundAgainAsThreadsComeAndGo(@TempDir Path tasks) throws Exception {
        task(tasks, "1", "java", 'R');
        task(tasks, "2", "C2 CompilerThre", 'S');
        task(tasks, "3", "C1 CompilerThre", 'S');
        CompilerThreads threads = new CompilerThreads(tasks);
        assertThat(threads.running())
                .as("only a thread that is no compiler runs")
                .isFalse();

        task(tasks, "2", "C2 CompilerThre", 'R');
        assertThat(threads.running()).isTrue();

        delete(tasks.resolve("2"));
        task(tasks, "4", "C2 CompilerThre", 'R'); // HotSpot added a thread while its queue was long
        assertThat(threads.running()).isTrue();
        assertThat(threads.stats()).hasSize(2);

        task(tasks, "4", "C2 CompilerThre", 'S');
        assertThat(threads.running()).isFalse();
    }

    private static void task(Path tasks, String id, String name, char state) throws Exception {
        Path task = Files.createDirectories(tasks.resolve(id));
        Files.writeString(task.resolve("comm"), name + "\n");
        Files.writeString(task.resolve("stat"), id + " (" + name + ") " + state + " 1 1 1\n");
    }

    private static void delete(Path task) throws Exception {
        try (var files = Files.list(task)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Files.delete(file);
            }
        }
        Files.delete(task);
    }
}
