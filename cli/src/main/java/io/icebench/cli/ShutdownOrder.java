package io.icebench.cli;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Ctrl-C runs every shutdown hook at once. Work that must clean up through the catalog (an interrupted
 * generation deleting its uncommitted files, a commit in flight) registers here, and the hooks that give the
 * embedded services back wait for it: the metastore is never stopped under a commit.
 */
public final class ShutdownOrder {

    /** How long a service release waits for the cleanups before it stops the services anyway. */
    private static final long CLEANUP_WAIT_SECONDS = 60;

    private static final Set<CountDownLatch> RUNNING = ConcurrentHashMap.newKeySet();

    private static volatile boolean interrupted;

    private ShutdownOrder() {}

    /** True once Ctrl-C has started a registered cleanup: errors of the stopped work are its consequence. */
    public static boolean interrupted() {
        return interrupted;
    }

    /** Runs {@code cleanup} on Ctrl-C before the services stop, until the returned registration is closed. */
    public static Registration cleanupOnInterrupt(String name, Runnable cleanup) {
        CountDownLatch done = new CountDownLatch(1);
        Thread hook = new Thread(
                () -> {
                    interrupted = true;
                    try {
                        cleanup.run();
                    } finally {
                        done.countDown();
                    }
                },
                name);
        RUNNING.add(done);
        Runtime.getRuntime().addShutdownHook(hook);
        return () -> {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
                RUNNING.remove(done);
            } catch (IllegalStateException shuttingDown) {
                // the JVM is shutting down: the hook runs, and the services wait for it
            }
        };
    }

    /** Waits (bounded) for every registered cleanup to end; called before the services are given back. */
    static void awaitCleanups() {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(CLEANUP_WAIT_SECONDS);
        for (CountDownLatch cleanup : RUNNING) {
            try {
                cleanup.await(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** A registered cleanup; closing it means the work ended normally and needs none. */
    @FunctionalInterface
    public interface Registration extends AutoCloseable {
        @Override
        void close();
    }
}
