package io.icebench.cli.run;

import io.icebench.core.process.ProcessIdentity;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Temporary directories the coordinator owns, one per worker process: engines unpack native libraries
 * (DuckDB 57 MB, Arrow 76 MB) and spill there instead of the machine's /tmp. Layout:
 * {@code BASE/COORDINATORPID-STARTMILLIS/worker-*}. A worker's directory is removed when the worker ends
 * however it ends; the coordinator's directory when the coordinator exits (Ctrl-C included); directories of
 * coordinators that died without cleaning up (SIGKILL) are swept when the next coordinator starts a worker.
 */
public final class WorkerTempDirs {

    private static Path base =
            Path.of(System.getProperty("java.io.tmpdir"), "icebench-" + System.getProperty("user.name"));
    private static Path coordinatorDir;

    private WorkerTempDirs() {}

    /** Where the coordinators' directories go (the data directory's {@code tmp}); set before the first worker starts. */
    public static synchronized void useBase(Path dir) {
        if (coordinatorDir == null) {
            base = dir.toAbsolutePath();
        }
    }

    /** A new, empty directory for one worker. */
    static synchronized Path create() throws IOException {
        if (coordinatorDir == null) {
            Files.createDirectories(base);
            sweepDeadCoordinators();
            Path dir = Files.createDirectories(
                    base.resolve(ProcessIdentity.current().key()));
            Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(dir), "icebench-temp-cleanup"));
            coordinatorDir = dir;
        }
        return Files.createTempDirectory(coordinatorDir, "worker-");
    }

    private static void sweepDeadCoordinators() throws IOException {
        List<Path> dead = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(base)) {
            dirs.filter(Files::isDirectory)
                    .filter(d -> d.getFileName().toString().matches("\\d+-\\d+"))
                    .filter(d -> !ProcessIdentity.keyIsRunning(d.getFileName().toString()))
                    .forEach(dead::add);
        }
        dead.forEach(WorkerTempDirs::delete);
    }

    /** Removes a directory and everything in it; what cannot be removed is left for the next sweep. */
    public static void delete(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.deleteIfExists(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                    Files.deleteIfExists(d);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException ignored) {
            // swept by the next coordinator once this one is gone
        }
    }

    /** The worker command with its temporary directory: a JVM's {@code java.io.tmpdir}, for any worker {@code TMPDIR}. */
    static List<String> commandWith(List<String> command, Path tempDir) {
        if (command.isEmpty()
                || !Path.of(command.get(0)).getFileName().toString().equals("java")) {
            return command;
        }
        List<String> full = new ArrayList<>(command);
        full.add(1, "-Djava.io.tmpdir=" + tempDir);
        return full;
    }
}
