package io.icebench.core.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a {@code benchmark.env} file: {@code KEY=value} lines, {@code #} comments, optional quotes and {@code export}. */
public final class EnvFile {

    private static final Pattern LINE = Pattern.compile("^(?:export\\s+)?([A-Za-z_][A-Za-z0-9_]*)\\s*=\\s*(.*)$");

    private EnvFile() {}

    public static Map<String, String> read(Path file) {
        if (!Files.exists(file)) {
            return Map.of();
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            throw new ConfigException(
                    "cannot read " + file + ": " + e.getMessage() + " (fix its permissions or remove it)");
        }
        return parse(lines, file.toString());
    }

    public static Map<String, String> parse(List<String> lines, String source) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            Matcher m = LINE.matcher(line);
            if (!m.matches()) {
                throw new ConfigException(source + " line " + (i + 1) + " is not KEY=value: '" + line
                        + "' (fix or comment it out with #)");
            }
            values.put(m.group(1), unquote(m.group(2).strip(), source, i + 1));
        }
        return values;
    }

    private static String unquote(String value, String source, int line) {
        if (value.startsWith("\"") || value.startsWith("'")) {
            char quote = value.charAt(0);
            int end = value.indexOf(quote, 1);
            if (end < 0) {
                throw new ConfigException(source + " line " + line + " has an unclosed " + quote + " quote");
            }
            return value.substring(1, end);
        }
        int comment = value.indexOf(" #");
        return comment >= 0 ? value.substring(0, comment).strip() : value;
    }
}
