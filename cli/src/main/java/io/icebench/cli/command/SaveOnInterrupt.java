package io.icebench.cli.command;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A shutdown hook for Ctrl-C during a run or a workload: it stops the work ({@code abort}), then holds the JVM (up
 * to 20 s) until {@link #close()} says that what was measured is saved.
 */
final class SaveOnInterrupt implements AutoCloseable {

    private static final long SAVE_WAIT_SECONDS = 20;

    private final CountDownLatch saved = new CountDownLatch(1);
    private final Thread hook;

    SaveOnInterrupt(String name, Runnable abort) {
        hook = new Thread(
                () -> {
                    abort.run();
                    try {
                        saved.await(SAVE_WAIT_SECONDS, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                },
                name);
        Runtime.getRuntime().addShutdownHook(hook);
    }

    /** Everything is written: the JVM may exit as soon as the hook returns. */
    @Override
    public void close() {
        saved.countDown();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // the JVM is shutting down (Ctrl-C): the hook is running and ends by itself
        }
    }
}
