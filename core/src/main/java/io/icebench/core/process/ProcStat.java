package io.icebench.core.process;

/** A line of Linux's {@code /proc/PID/stat} or {@code /proc/PID/task/TID/stat}. */
public final class ProcStat {

    private ProcStat() {}

    /**
     * The fields after the name in parentheses, which may itself hold spaces and parentheses: the state (field 3 of
     * {@code proc(5)}) first.
     */
    public static String[] fieldsAfterName(String stat) {
        return stat.substring(afterName(stat)).split(" ");
    }

    /** The state letter (field 3 of {@code proc(5)}), without splitting the line: read on every poll of a wait. */
    public static char state(String stat) {
        return stat.charAt(afterName(stat));
    }

    private static int afterName(String stat) {
        return stat.lastIndexOf(')') + 2;
    }
}
