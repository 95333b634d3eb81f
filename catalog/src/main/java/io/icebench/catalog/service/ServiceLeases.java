package io.icebench.catalog.service;

import io.icebench.core.process.ProcessIdentity;
import io.icebench.core.protocol.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Shared use of one embedded service (the metastore; later the S3 and REST catalog servers) by several
 * icebench processes at once. Under the service's directory:
 * <ul>
 *   <li>{@code service.lock}: an exclusive file lock held around every start and stop, so two processes
 *       never start or stop the service at the same time (the OS drops the lock of a process that dies);</li>
 *   <li>{@code leases/PID-STARTMILLIS.json}: one file per live process using the service; a lease whose
 *       process is gone (or whose pid now belongs to another process) is stale, ignored and removed;</li>
 *   <li>{@code leases/kept}: the user asked for the service to stay up (it was started on its own).</li>
 * </ul>
 * The service may stop when no live lease and no keep mark remain.
 */
public final class ServiceLeases {

    /** File locks belong to the whole JVM: threads of one process take turns here first. */
    private static final ReentrantLock IN_THIS_PROCESS = new ReentrantLock();

    private static final String KEEP_MARK = "kept";
    private final Path dir;
    private final Path lockFile;
    private final Path leases;

    public ServiceLeases(Path serviceDir) {
        this.dir = serviceDir;
        this.lockFile = serviceDir.resolve("service.lock");
        this.leases = serviceDir.resolve("leases");
    }

    /** Runs {@code action} holding the service's lock, waiting for any other process that holds it. */
    public <T> T locked(Supplier<T> action) {
        IN_THIS_PROCESS.lock();
        try {
            if (IN_THIS_PROCESS.getHoldCount() > 1) {
                return action.get();
            }
            Files.createDirectories(dir);
            try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                    FileLock lock = channel.lock()) {
                return action.get();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot lock " + lockFile + ": " + e.getMessage(), e);
        } finally {
            IN_THIS_PROCESS.unlock();
        }
    }

    /** Records that the current process uses the service until {@link #release()} (or until it dies). */
    public void acquire() {
        ProcessIdentity self = ProcessIdentity.current();
        write(leases.resolve(self.key() + ".json"), () -> {
            try {
                return Json.MAPPER.writeValueAsString(self);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    public void release() {
        delete(leases.resolve(ProcessIdentity.current().key() + ".json"));
    }

    /** The live processes other than this one that hold a lease; stale leases are removed on the way. */
    public List<ProcessIdentity> otherHolders() {
        List<ProcessIdentity> live = new ArrayList<>();
        if (!Files.isDirectory(leases)) {
            return live;
        }
        String self = ProcessIdentity.current().key() + ".json";
        try (Stream<Path> files = Files.list(leases)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".json"))
                    .toList()) {
                ProcessIdentity holder = read(file);
                if (holder != null && holder.isRunning()) {
                    if (!file.getFileName().toString().equals(self)) {
                        live.add(holder);
                    }
                } else {
                    delete(file);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + leases + ": " + e.getMessage(), e);
        }
        return live;
    }

    /** Marks the service as kept by the user: it stays up when its last lease is released. */
    public void keep() {
        write(leases.resolve(KEEP_MARK), () -> "kept running by the user (stop it with the service's stop command)\n");
    }

    public void unkeep() {
        delete(leases.resolve(KEEP_MARK));
    }

    public boolean kept() {
        return Files.exists(leases.resolve(KEEP_MARK));
    }

    /** True when the service may stop now: not kept and no other live process holds a lease. */
    public boolean unused() {
        return !kept() && otherHolders().isEmpty();
    }

    private static ProcessIdentity read(Path file) {
        try {
            return Json.MAPPER.readValue(file.toFile(), ProcessIdentity.class);
        } catch (IOException e) {
            return null;
        }
    }

    private void write(Path file, Supplier<String> content) {
        try {
            Files.createDirectories(leases);
            Files.writeString(file, content.get());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a lease that cannot be removed goes stale when its process ends
        }
    }
}
