package io.icebench.cli.run;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Drops the operating system's page cache (Linux: {@code sync}, then 3 into {@code /proc/sys/vm/drop_caches}),
 * so that a cold run reads its files from disk. Needs root; where it cannot, says why once and cold runs
 * are marked as having read warm caches.
 */
public final class PageCache {

    private static final Path DROP_CACHES = Path.of("/proc/sys/vm/drop_caches");

    private PageCache() {}

    /** Whether cold runs drop the page cache: asked for and possible here (else said once on {@code out}, and off). */
    public static boolean usable(boolean requested, PrintStream out) {
        if (!requested) {
            return false;
        }
        String whyNot = whyNot();
        if (whyNot != null) {
            out.println("⚠️  --drop-caches: cannot drop the OS page cache here (" + whyNot
                    + "); cold runs read whatever the OS has cached");
            return false;
        }
        return true;
    }

    /** Null when dropping works here, else why not. */
    public static String whyNot() {
        if (!Files.exists(DROP_CACHES)) {
            return "no " + DROP_CACHES + " (not Linux)";
        }
        if (!Files.isWritable(DROP_CACHES)) {
            return DROP_CACHES + " is not writable (run as root, outside a read-only container)";
        }
        return drop() ? null : "writing " + DROP_CACHES + " failed";
    }

    /** Drops the cache; false when it could not. */
    public static boolean drop() {
        try {
            Process sync = new ProcessBuilder("sync").redirectErrorStream(true).start();
            sync.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
            sync.waitFor();
            Files.writeString(DROP_CACHES, "3");
            return true;
        } catch (IOException | SecurityException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
