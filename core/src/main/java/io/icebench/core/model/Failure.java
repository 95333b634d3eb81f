package io.icebench.core.model;

/** A failure as reported to the user: a kind and the first line(s) of the real error. */
public record Failure(ErrorKind kind, String message) {

    public static Failure of(ErrorKind kind, String message) {
        return new Failure(kind, firstLines(message, 6));
    }

    /** Trims a message to its first {@code max} non-blank lines so that reports stay readable. */
    public static String firstLines(String message, int max) {
        if (message == null || message.isBlank()) {
            return "(no message)";
        }
        StringBuilder out = new StringBuilder();
        int lines = 0;
        for (String line : message.strip().split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            if (lines++ == max) {
                out.append("\n…");
                break;
            }
            if (out.length() > 0) {
                out.append('\n');
            }
            out.append(line.stripTrailing());
        }
        return out.toString();
    }

    public String oneLine() {
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
