package io.icebench.cli.engine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A helper process (venv, pip) whose output goes to a log file, never to a pipe the caller must drain: waiting for
 * it with a time limit therefore always returns in time, and a process that overruns is killed with its whole tree.
 * One that is merely not waited for to its end keeps running (it finishes its work for the next command).
 */
final class LoggedProcess {

    private final Process process;
    private final Path log;

    private LoggedProcess(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    static LoggedProcess start(List<String> command, Path log) throws IOException {
        Files.createDirectories(log.toAbsolutePath().getParent());
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(log.toFile()))
                .redirectInput(ProcessBuilder.Redirect.from(nullFile()))
                .start();
        return new LoggedProcess(process, log);
    }

    /** Waits at most {@code limit}; true when the process ended. */
    boolean waitFor(Duration limit) throws InterruptedException {
        return process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS);
    }

    int exitValue() {
        return process.exitValue();
    }

    /** Kills the process and every process it started, and waits (briefly) until they are gone. */
    void killTree() {
        List<ProcessHandle> tree = process.descendants().toList();
        tree.forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        for (ProcessHandle handle : tree) {
            handle.onExit().completeOnTimeout(handle, 5, TimeUnit.SECONDS).join();
        }
        process.onExit().completeOnTimeout(process, 5, TimeUnit.SECONDS).join();
    }

    /** Runs to its end or kills it at {@code limit}. */
    static Outcome run(List<String> command, Path log, Duration limit) {
        try {
            LoggedProcess started = start(command, log);
            if (!started.waitFor(limit)) {
                started.killTree();
                return new Outcome(-1, true, "no end in " + limit.toSeconds() + " s");
            }
            return new Outcome(started.exitValue(), false, started.lastLine());
        } catch (IOException e) {
            return new Outcome(-1, false, e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(-1, false, "interrupted");
        }
    }

    Path log() {
        return log;
    }

    /** The last line of the log that is not blank. */
    String lastLine() {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            for (int i = lines.size() - 1; i >= 0; i--) {
                if (!lines.get(i).isBlank()) {
                    return lines.get(i).strip();
                }
            }
        } catch (IOException e) {
            return "cannot read " + log + ": " + e.getMessage();
        }
        return "no output";
    }

    private static java.io.File nullFile() {
        return new java.io.File("/dev/null");
    }

    /** How a process ended: its exit value (-1 when it did not end by itself), and its last line of output. */
    record Outcome(int exit, boolean timedOut, String lastLine) {}
}
