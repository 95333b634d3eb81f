package io.icebench.core.model;

import io.icebench.core.config.Secrets;

/**
 * A failure as reported to the user: a kind and the first line(s) of the real error, with any secret in it
 * (a password in a URL, a {@code token=...}) masked.
 */
public record Failure(ErrorKind kind, String message) {

    /** Longest line kept of an error message; a driver may quote a huge value. */
    public static final int MAX_LINE_CHARS = 2_000;

    public Failure {
        message = Secrets.maskText(message);
    }

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
            String kept = line.stripTrailing();
            out.append(
                    kept.length() <= MAX_LINE_CHARS
                            ? kept
                            : kept.substring(0, MAX_LINE_CHARS) + "… (" + (kept.length() - MAX_LINE_CHARS)
                                    + " more characters)");
        }
        return out.toString();
    }

    public String oneLine() {
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
