package io.icebench.cli.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A process's memory from the OS (Linux): peak resident set since the last reset ({@code VmHWM} after
 * writing 5 to {@code /proc/PID/clear_refs}) and the current resident set ({@code VmRSS}). Elsewhere every
 * figure is null: not measured, never 0.
 */
public final class MemoryProbe {

    private MemoryProbe() {}

    public static boolean resetPeak(long pid) {
        try {
            Files.writeString(Path.of("/proc", Long.toString(pid), "clear_refs"), "5");
            return true;
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }

    public static Long peakRssBytes(long pid) {
        return statusField(pid, "VmHWM:");
    }

    public static Long rssBytes(long pid) {
        return statusField(pid, "VmRSS:");
    }

    private static Long statusField(long pid, String field) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith(field)) {
                    String[] parts = line.substring(field.length()).strip().split("\\s+");
                    return Long.parseLong(parts[0]) * 1024;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return null;
        }
        return null;
    }
}
