package io.icebench.cli.report;

import io.icebench.catalog.generate.GenerationProgress;
import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Rows written so far, rows/s and ETA: redrawn in place on a terminal, a plain line every few seconds
 * otherwise (CI logs).
 */
public final class ProgressBar implements GenerationProgress, AutoCloseable {

    private final PrintStream out;
    private final String label;
    private final boolean terminal;
    private final AtomicLong rows = new AtomicLong();
    private volatile long expected;
    private volatile long startNanos;
    private Thread painter;

    public ProgressBar(PrintStream out, String label) {
        this.out = out;
        this.label = label;
        this.terminal = System.console() != null && System.getenv("CI") == null;
    }

    @Override
    public void started(long expectedRows) {
        expected = expectedRows;
        startNanos = System.nanoTime();
        painter = new Thread(this::paintLoop, "progress");
        painter.setDaemon(true);
        painter.start();
    }

    @Override
    public void rowsWritten(long count) {
        rows.addAndGet(count);
    }

    private void paintLoop() {
        long interval = terminal ? 250 : 5000;
        try {
            while (!Thread.currentThread().isInterrupted()) {
                Thread.sleep(interval);
                paint();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void paint() {
        long done = rows.get();
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        double rate = seconds > 0 ? done / seconds : 0;
        double fraction = expected > 0 ? Math.min(1, done / (double) expected) : 0;
        String eta = rate > 0 && expected > done
                ? String.format(Locale.ROOT, "ETA %ds", (long) ((expected - done) / rate))
                : "";
        if (terminal) {
            int width = 30;
            int filled = (int) (fraction * width);
            out.printf(
                    Locale.ROOT,
                    "\r%s [%s%s] %5.1f%% %,d rows %,.0f rows/s %s   ",
                    label,
                    "█".repeat(filled),
                    "·".repeat(width - filled),
                    fraction * 100,
                    done,
                    rate,
                    eta);
        } else {
            out.printf(Locale.ROOT, "%s: %.0f%% %,d rows, %,.0f rows/s %s%n", label, fraction * 100, done, rate, eta);
        }
        out.flush();
    }

    public long rows() {
        return rows.get();
    }

    @Override
    public void close() {
        if (painter != null) {
            painter.interrupt();
            try {
                painter.join(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (terminal) {
                out.print("\r" + " ".repeat(100) + "\r");
            }
        }
    }
}
