package io.icebench.cli.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * A process's memory from the OS (Linux): peak resident set since the last reset ({@code VmHWM} after
 * writing 5 to {@code /proc/PID/clear_refs}) and the current resident set ({@code VmRSS}). Elsewhere every
 * figure is null: not measured, never 0.
 */
public final class MemoryProbe {

    private MemoryProbe() {}

    private static final byte[] RESET_PEAK = {'5'};

    public static boolean resetPeak(long pid) {
        try {
            Files.write(Path.of("/proc", Long.toString(pid), "clear_refs"), RESET_PEAK);
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

    /** Read between two executions: the status file's bytes are searched, not decoded into lines. */
    private static Long statusField(long pid, String field) {
        byte[] status;
        try {
            status = Files.readAllBytes(Path.of("/proc", Long.toString(pid), "status"));
        } catch (IOException | UnsupportedOperationException e) {
            return null;
        }
        int at = indexOf(status, field.getBytes(StandardCharsets.US_ASCII));
        if (at < 0) {
            return null;
        }
        int i = at + field.length();
        while (i < status.length && (status[i] == ' ' || status[i] == '\t')) {
            i++;
        }
        long kilobytes = 0;
        int digits = 0;
        for (; i < status.length && status[i] >= '0' && status[i] <= '9' && digits < 18; i++, digits++) {
            kilobytes = kilobytes * 10 + status[i] - '0';
        }
        return digits == 0 ? null : kilobytes * 1024;
    }

    /** Where {@code field} starts a line of {@code text}; -1 if nowhere. */
    private static int indexOf(byte[] text, byte[] field) {
        for (int i = 0; i + field.length <= text.length; i++) {
            if ((i == 0 || text[i - 1] == '\n') && Arrays.equals(text, i, i + field.length, field, 0, field.length)) {
                return i;
            }
        }
        return -1;
    }
}
