package io.icebench.cli.run;

import io.icebench.core.config.Secrets;
import io.icebench.core.model.ErrorKind;
import io.icebench.core.model.Failure;
import io.icebench.core.protocol.FrameCodec;
import io.icebench.core.protocol.Message;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * One engine worker process: started with its own classpath, spoken to over framed messages on its
 * stdin/stdout, its stderr (and any stray stdout) kept in a log file. Every wait has a deadline; on
 * timeout or protocol failure the whole process tree is killed.
 */
public final class WorkerProcess implements WorkerConnection {

    private static final Object EOF = new Object();
    private final Process process;
    private final Path log;
    private final Path tempDir;
    private final OutputStream toWorker;
    private final LinkedBlockingQueue<Object> fromWorker = new LinkedBlockingQueue<>();

    private WorkerProcess(Process process, Path log, Path tempDir) {
        this.process = process;
        this.log = log;
        this.tempDir = tempDir;
        this.toWorker = process.getOutputStream();
        Thread reader = new Thread(this::readLoop, "worker-reader-" + process.pid());
        reader.setDaemon(true);
        reader.start();
    }

    /** Starts the worker with a temporary directory of its own ({@link WorkerTempDirs}), removed when it ends. */
    public static WorkerProcess start(List<String> command, Path log, Map<String, String> environment)
            throws IOException {
        Files.createDirectories(log.getParent());
        Path tempDir = WorkerTempDirs.create();
        List<String> full = WorkerTempDirs.commandWith(command, tempDir);
        Files.writeString(
                log,
                WorkerLogs.COMMAND_PREFIX + Secrets.maskText(String.join(" ", full)) + "\n",
                StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
        ProcessBuilder builder = new ProcessBuilder(full).redirectError(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(environment);
        builder.environment().put("TMPDIR", tempDir.toString());
        try {
            return new WorkerProcess(builder.start(), log, tempDir);
        } catch (IOException e) {
            WorkerTempDirs.delete(tempDir);
            throw e;
        }
    }

    public long pid() {
        return process.pid();
    }

    public Path log() {
        return log;
    }

    @Override
    public void resetPeakMemory() {
        MemoryProbe.resetPeak(pid());
    }

    @Override
    public Long peakRssBytes() {
        return MemoryProbe.peakRssBytes(pid());
    }

    @Override
    public Long rssBytes() {
        return MemoryProbe.rssBytes(pid());
    }

    private void readLoop() {
        try (BufferedReader in =
                        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
                BufferedWriter stray = Files.newBufferedWriter(log, StandardOpenOption.APPEND)) {
            Message message;
            while ((message = FrameCodec.read(in, line -> writeStray(stray, line))) != null) {
                fromWorker.add(message);
            }
        } catch (IOException e) {
            // the process died; reported through EOF below
        }
        fromWorker.add(EOF);
    }

    private static void writeStray(BufferedWriter stray, String line) {
        try {
            stray.write("[stdout] " + line);
            stray.newLine();
            stray.flush();
        } catch (IOException ignored) {
            // the log is best effort
        }
    }

    @Override
    public Message receive(Duration timeout, String waitingFor) throws WorkerFailure {
        Object next;
        try {
            next = fromWorker.poll(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            kill();
            throw new WorkerFailure(Failure.of(ErrorKind.CRASH, "interrupted while waiting for " + waitingFor));
        }
        if (next == null) {
            kill();
            throw WorkerFailure.timedOut(waitingFor, timeout);
        }
        if (next == EOF) {
            throw new WorkerFailure(died());
        }
        return (Message) next;
    }

    @Override
    public Message request(Message message, Duration timeout, String waitingFor) throws WorkerFailure {
        try {
            FrameCodec.write(toWorker, message);
        } catch (IOException e) {
            throw new WorkerFailure(died());
        }
        return receive(timeout, waitingFor);
    }

    private Failure died() {
        try {
            process.waitFor(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        kill();
        String tail = WorkerLogs.tail(log, 15);
        String exit = process.isAlive() ? "" : describeExit(process.exitValue());
        ErrorKind kind = WorkerLogs.looksLikeOutOfMemory(tail) ? ErrorKind.OOM : ErrorKind.CRASH;
        return Failure.of(kind, "worker process died" + exit + "; last lines of " + log + ":\n" + tail);
    }

    private static String describeExit(int code) {
        if (code > 128) {
            return " (killed by signal " + (code - 128) + (code == 137 ? ", SIGKILL" : code == 139 ? ", SIGSEGV" : "")
                    + ")";
        }
        return " (exit code " + code + ")";
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            try {
                request(new Message.Close(), Duration.ofSeconds(10), "close");
                process.waitFor(5, TimeUnit.SECONDS);
            } catch (WorkerFailure e) {
                // killed already
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        kill();
    }

    /** Kills the worker and every process it started, then removes its temporary directory. */
    @Override
    public void kill() {
        ProcessTree.kill(process.toHandle());
        WorkerTempDirs.delete(tempDir);
    }
}
