package io.icebench.cli.run;

import io.icebench.core.config.Secrets;
import io.icebench.core.model.ErrorKind;
import io.icebench.core.model.Failure;
import io.icebench.core.protocol.FrameCodec;
import io.icebench.core.protocol.FrameReader;
import io.icebench.core.protocol.Message;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One engine worker process: started with its own classpath, spoken to over framed messages on its
 * stdin/stdout, its stderr (and any stray stdout) kept in a log file. A reply is read on the thread waiting for it;
 * every wait has a deadline ({@link ReplyWatchdog}); on timeout or protocol failure the whole process tree is killed.
 * The same request object as the one before (every run of a query) is sent as the frame it was encoded to then.
 */
public final class WorkerProcess implements WorkerConnection {

    private final Process process;
    private final Path log;
    private final Path tempDir;
    private final OutputStream toWorker;
    private final FrameReader fromWorker;
    private final ReentrantLock reading = new ReentrantLock();
    private final ReplyWatchdog watchdog;
    private Message lastSent;
    private byte[] lastFrame;

    private WorkerProcess(Process process, Path log, Path tempDir) {
        this.process = process;
        this.log = log;
        this.tempDir = tempDir;
        this.toWorker = process.getOutputStream();
        this.fromWorker = new FrameReader(process.getInputStream());
        this.watchdog = new ReplyWatchdog("worker-watchdog-" + process.pid(), this::kill);
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

    private void writeStray(String line) {
        try {
            Files.writeString(log, "[stdout] " + line + System.lineSeparator(), StandardOpenOption.APPEND);
        } catch (IOException ignored) {
            // the log is best effort
        }
    }

    @Override
    public Message receive(Duration timeout, String waitingFor) throws WorkerFailure {
        reading.lock();
        try {
            watchdog.start(timeout);
            Message next;
            try {
                next = fromWorker.read(this::writeStray);
            } catch (IOException e) {
                next = null; // the process died
            }
            if (watchdog.stop()) {
                throw WorkerFailure.timedOut(waitingFor, timeout);
            }
            if (next == null) {
                throw new WorkerFailure(died());
            }
            return next;
        } finally {
            reading.unlock();
        }
    }

    @Override
    public Message request(Message message, Duration timeout, String waitingFor) throws WorkerFailure {
        try {
            send(message);
        } catch (IOException e) {
            throw new WorkerFailure(died());
        }
        return receive(timeout, waitingFor);
    }

    private void send(Message message) throws IOException {
        synchronized (toWorker) {
            if (message != lastSent) {
                lastFrame = FrameCodec.encode(message);
                lastSent = message;
            }
            toWorker.write(lastFrame);
            toWorker.flush();
        }
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

    /** Asks the worker to close; a worker another thread is waiting on is killed instead. */
    @Override
    public void close() {
        if (process.isAlive() && reading.tryLock()) {
            try {
                request(new Message.Close(), Duration.ofSeconds(10), "close");
                process.waitFor(5, TimeUnit.SECONDS);
            } catch (WorkerFailure e) {
                // killed already
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                reading.unlock();
            }
        }
        kill();
    }

    /** Kills the worker and every process it started, then removes its temporary directory. */
    @Override
    public void kill() {
        ProcessTree.kill(process.toHandle());
        WorkerTempDirs.delete(tempDir);
        watchdog.close();
    }
}
