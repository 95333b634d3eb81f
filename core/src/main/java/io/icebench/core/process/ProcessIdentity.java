package io.icebench.core.process;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/**
 * Who a process is, not only its pid: pids are reused, so a pid read back from a file is only signalled
 * when the process holding it now started at the recorded instant and runs the recorded executable.
 *
 * @param startedAt  the process's start instant as the OS reports it (ISO-8601)
 * @param command    the executable the process runs
 * @param startTicks on Linux, its start in clock ticks since boot ({@code /proc/PID/stat}), which no clock
 *                   adjustment moves; null elsewhere and in files written before it was recorded
 */
public record ProcessIdentity(long pid, String startedAt, String command, Long startTicks) {

    public ProcessIdentity(long pid, String startedAt, String command) {
        this(pid, startedAt, command, null);
    }

    /** The identity of the running process {@code pid}, or empty when there is none or the OS does not say. */
    public static Optional<ProcessIdentity> of(long pid) {
        return ProcessHandle.of(pid).flatMap(ProcessIdentity::of);
    }

    public static Optional<ProcessIdentity> of(ProcessHandle handle) {
        ProcessHandle.Info info = handle.info();
        if (!handle.isAlive() || info.startInstant().isEmpty() || info.command().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ProcessIdentity(
                handle.pid(),
                info.startInstant().get().toString(),
                info.command().get(),
                startTicks(handle.pid())));
    }

    public static ProcessIdentity current() {
        return of(ProcessHandle.current())
                .orElseThrow(
                        () -> new IllegalStateException(
                                "the OS does not report this process's start time; icebench needs it to tell its processes apart"));
    }

    /**
     * Two JVMs can see one process's start instant seconds apart: the OS reports it relative to a boot time that
     * it derives from a wall clock that drifts (on a virtual machine here, by about 5 ms a second). Only where the
     * start in ticks is unknown is the instant compared, give or take this much.
     */
    private static final long START_TOLERANCE_MILLIS = 2_000;

    private static final String TICKS_KEY = "t";

    /** The live process this identity describes; empty when the pid is gone or now belongs to another process. */
    public Optional<ProcessHandle> handle() {
        return ProcessHandle.of(pid).filter(h -> of(h).filter(this::sameProcess).isPresent());
    }

    /** Same pid and executable, started at the same tick (or, without ticks, instant give or take the OS's drift). */
    public boolean sameProcess(ProcessIdentity other) {
        boolean sameStart = startTicks != null && other.startTicks != null
                ? startTicks.equals(other.startTicks)
                : closeStarts(
                        Instant.parse(startedAt).toEpochMilli(),
                        Instant.parse(other.startedAt).toEpochMilli());
        return pid == other.pid && command.equals(other.command) && sameStart;
    }

    private static boolean closeStarts(long a, long b) {
        return Math.abs(a - b) <= START_TOLERANCE_MILLIS;
    }

    public boolean isRunning() {
        return handle().isPresent();
    }

    /**
     * A file-name-safe key unique to this process over the machine's uptime: {@code PID-tTICKS}, or
     * {@code PID-STARTMILLIS} where the ticks are unknown.
     */
    public String key() {
        return pid + "-"
                + (startTicks != null
                        ? TICKS_KEY + startTicks
                        : Instant.parse(startedAt).toEpochMilli());
    }

    /** True when the process that {@link #key()} named is still running (its pid holds a process of that start). */
    public static boolean keyIsRunning(String key) {
        int dash = key.indexOf('-');
        try {
            long pid = Long.parseLong(key.substring(0, dash));
            String start = key.substring(dash + 1);
            if (start.startsWith(TICKS_KEY)) {
                Long ticks = startTicks(pid);
                return ticks != null && ticks == Long.parseLong(start.substring(TICKS_KEY.length()));
            }
            long startMillis = Long.parseLong(start);
            return ProcessHandle.of(pid)
                    .flatMap(h -> h.info().startInstant())
                    .map(instant -> closeStarts(instant.toEpochMilli(), startMillis))
                    .orElse(false);
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** Field 22 of {@code /proc/PID/stat} (after the command name, which may hold spaces); null where unreadable. */
    static Long startTicks(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            return Long.parseLong(ProcStat.fieldsAfterName(stat)[19]);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
