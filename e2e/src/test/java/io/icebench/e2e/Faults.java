package io.icebench.e2e;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** What the fault tests share: a suite with a slow query, fresh result files, finding and waiting on workers. */
final class Faults {

    /** A DuckDB query that keeps both cores busy for far longer than the tests wait. */
    static final String SLOW = "select sum(a.range * b.range) from range(300000) a, range(300000) b";

    private Faults() {}

    /** A suite whose first query is quick and whose second keeps the worker busy. */
    static Path fastSlowSuite(SharedMetastore shared, String name) throws Exception {
        Path suite = Files.createDirectories(shared.dataDir.resolve(name));
        Files.writeString(suite.resolve("a_count.sql"), "select count(*) from lineitem");
        Files.writeString(suite.resolve("b_slow.sql"), SLOW);
        return suite;
    }

    /** The results file NAME.json, with it and its NAME.jsonl removed so that nothing stale is read. */
    static Path freshOutput(SharedMetastore shared, String name) throws Exception {
        Path output = shared.dataDir.resolve(name + ".json");
        Files.deleteIfExists(output);
        Files.deleteIfExists(shared.dataDir.resolve(name + ".jsonl"));
        return output;
    }

    static Optional<ProcessHandle> workerOf(Process cli) {
        // the whole /proc command line: ProcessHandle.Info cuts a long one (Spark's or Flink's classpath) short
        return cli.descendants()
                .filter(p -> OwnProcesses.commandLine(p).contains("io.icebench.worker.WorkerMain"))
                .findFirst();
    }

    /** Waits until the JSON Lines file says a query containing {@code text} finished. */
    static void awaitLine(Path file, String text, Process cli) throws Exception {
        awaitEvent(file, "query_finished", text, cli);
    }

    static void awaitEvent(Path file, String event, String text, Process cli) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (System.nanoTime() < deadline) {
            if (Files.exists(file)) {
                List<String> lines = Files.readAllLines(file);
                if (lines.stream().anyMatch(l -> l.contains("\"event\":\"" + event + "\"") && l.contains(text))) {
                    return;
                }
            }
            if (!cli.isAlive()) {
                throw new AssertionError("icebench exited early with " + cli.exitValue());
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no " + event + " with " + text + " in " + file);
    }
}
