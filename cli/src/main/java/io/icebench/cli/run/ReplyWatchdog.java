package io.icebench.cli.run;

import java.time.Duration;

/**
 * Kills a worker whose reply does not come in time. The coordinator reads replies on its own thread, blocked in the
 * read (a hand-over from a reader thread would cost a second wake-up per reply); this daemon thread sleeps until the
 * deadline of the wait in progress and then runs the kill, which ends the read. Starting a wait wakes it only when
 * the new deadline comes more than {@link #SLACK_NANOS} before the one it sleeps towards (a kill may come that much
 * late), so that the executions of a run, whose deadlines hardly move, do not wake it.
 */
final class ReplyWatchdog implements AutoCloseable {

    private static final long SLACK_NANOS = 50_000_000;

    private final Runnable kill;
    private boolean waiting;
    private long deadline;
    private boolean fired;
    private boolean sleepingUntilDeadline;
    private long wakeAt;
    private boolean closed;

    ReplyWatchdog(String name, Runnable kill) {
        this.kill = kill;
        Thread thread = new Thread(this::watch, name);
        thread.setDaemon(true);
        thread.start();
    }

    /** A wait for a reply begins; it may last {@code timeout}. */
    synchronized void start(Duration timeout) {
        deadline = System.nanoTime() + timeout.toNanos();
        waiting = true;
        fired = false;
        if (!sleepingUntilDeadline || deadline - wakeAt < -SLACK_NANOS) {
            notifyAll();
        }
    }

    /** The wait is over; true when it outlived its deadline and the worker was killed. */
    synchronized boolean stop() {
        waiting = false;
        return fired;
    }

    @Override
    public synchronized void close() {
        closed = true;
        notifyAll();
    }

    private void watch() {
        while (true) {
            synchronized (this) {
                if (closed) {
                    return;
                }
                long now = System.nanoTime();
                if (!waiting || deadline - now > 0) {
                    sleepingUntilDeadline = waiting;
                    wakeAt = deadline;
                    try {
                        if (waiting) {
                            Duration left = Duration.ofNanos(deadline - now);
                            wait(Math.max(1, left.toMillis()));
                        } else {
                            wait();
                        }
                    } catch (InterruptedException e) {
                        return;
                    } finally {
                        sleepingUntilDeadline = false;
                    }
                    continue;
                }
                fired = true;
                waiting = false;
            }
            kill.run();
        }
    }
}
