package io.icebench.core.process;

import java.time.Instant;
import java.util.Optional;

/**
 * Who a process is, not only its pid: pids are reused, so a pid read back from a file is only signalled
 * when the process holding it now started at the recorded instant and runs the recorded executable.
 *
 * @param startedAt the process's start instant as the OS reports it (ISO-8601)
 * @param command   the executable the process runs
 */
public record ProcessIdentity(long pid, String startedAt, String command) {

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
                info.command().get()));
    }

    public static ProcessIdentity current() {
        return of(ProcessHandle.current())
                .orElseThrow(
                        () -> new IllegalStateException(
                                "the OS does not report this process's start time; icebench needs it to tell its processes apart"));
    }

    /**
     * Two JVMs can see one process's start instant a second apart: the OS reports it relative to a boot time that it
     * rounds to whole seconds from a clock that drifts. A pid is not reused within seconds by the same executable.
     */
    private static final long START_TOLERANCE_MILLIS = 2_000;

    /** The live process this identity describes; empty when the pid is gone or now belongs to another process. */
    public Optional<ProcessHandle> handle() {
        return ProcessHandle.of(pid).filter(h -> of(h).filter(this::sameProcess).isPresent());
    }

    /** Same pid and executable, started at the same instant give or take the OS's rounding. */
    public boolean sameProcess(ProcessIdentity other) {
        return pid == other.pid
                && command.equals(other.command)
                && closeStarts(
                        Instant.parse(startedAt).toEpochMilli(),
                        Instant.parse(other.startedAt).toEpochMilli());
    }

    private static boolean closeStarts(long a, long b) {
        return Math.abs(a - b) <= START_TOLERANCE_MILLIS;
    }

    public boolean isRunning() {
        return handle().isPresent();
    }

    /** A file-name-safe key unique to this process over the machine's uptime: {@code PID-STARTMILLIS}. */
    public String key() {
        return pid + "-" + Instant.parse(startedAt).toEpochMilli();
    }

    /** True when the process that {@link #key()} named is still running (its pid holds a process of that start time). */
    public static boolean keyIsRunning(String key) {
        int dash = key.indexOf('-');
        try {
            long pid = Long.parseLong(key.substring(0, dash));
            long startMillis = Long.parseLong(key.substring(dash + 1));
            return ProcessHandle.of(pid)
                    .flatMap(h -> h.info().startInstant())
                    .map(start -> closeStarts(start.toEpochMilli(), startMillis))
                    .orElse(false);
        } catch (RuntimeException e) {
            return false;
        }
    }
}
