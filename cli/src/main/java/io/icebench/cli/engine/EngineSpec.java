package io.icebench.cli.engine;

import io.icebench.core.config.ConfigException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * An engine as the user names it in {@code --engines}: {@code duckdb}, or {@code label=duckdb} to run the
 * same engine twice with different {@code --engine-option label.key=value} settings.
 */
public record EngineSpec(String label, String engine, Map<String, String> options) {

    /** Option read by the coordinator, not the engine: the worker JVM's maximum heap ({@code -Xmx}), e.g. 4g. */
    public static final String HEAP = "heap";
    /** Option read by the coordinator: a JDBC driver jar put on the worker's classpath (the jdbc engine). */
    public static final String DRIVER_JAR = "driver_jar";

    private static final Pattern LABEL = Pattern.compile("[A-Za-z][A-Za-z0-9_-]*");
    private static final Pattern SIZE = Pattern.compile("[0-9]+[kKmMgG]?");

    /** The options the engine itself receives. */
    public Map<String, String> engineOptions() {
        Map<String, String> copy = new LinkedHashMap<>(options);
        copy.remove(HEAP);
        copy.remove(DRIVER_JAR);
        return copy;
    }

    /** Options for the worker's JVM (empty for engines of other kinds). */
    public List<String> jvmOptions() {
        String heap = options.get(HEAP);
        if (heap == null) {
            return List.of();
        }
        if (!SIZE.matcher(heap).matches()) {
            throw new ConfigException(label + "." + HEAP + "='" + heap + "' is not a size like 512m or 4g");
        }
        return List.of("-Xmx" + heap);
    }

    public static List<EngineSpec> parse(
            List<String> names, List<String> engineOptions, Map<String, Map<String, String>> defaultsByEngine) {
        List<EngineSpec> specs = new ArrayList<>();
        for (String raw : names) {
            String text = raw.strip();
            if (text.isEmpty()) {
                continue;
            }
            String label = text;
            String engine = text;
            int eq = text.indexOf('=');
            if (eq >= 0) {
                label = text.substring(0, eq).strip();
                engine = text.substring(eq + 1).strip();
            }
            if (!LABEL.matcher(label).matches() || !LABEL.matcher(engine).matches()) {
                throw new ConfigException("--engines entry '" + raw + "' is not NAME or LABEL=NAME");
            }
            String finalLabel = label;
            if (specs.stream().anyMatch(s -> s.label().equals(finalLabel))) {
                throw new ConfigException("engine '" + label + "' is listed twice; give the second a label, " + "e.g. "
                        + label + "2=" + engine);
            }
            specs.add(new EngineSpec(
                    label, engine, new LinkedHashMap<>(defaultsByEngine.getOrDefault(engine, Map.of()))));
        }
        for (String option : engineOptions) {
            int dot = option.indexOf('.');
            int eq = option.indexOf('=');
            if (dot <= 0 || eq <= dot + 1) {
                throw new ConfigException(
                        "--engine-option '" + option + "' is not ENGINE.KEY=VALUE (e.g. duckdb.threads=1)");
            }
            String label = option.substring(0, dot);
            EngineSpec spec = specs.stream()
                    .filter(s -> s.label().equals(label))
                    .findFirst()
                    .orElseThrow(() -> new ConfigException("--engine-option '" + option + "' names engine '" + label
                            + "', which is not in --engines"));
            spec.options().put(option.substring(dot + 1, eq), option.substring(eq + 1));
        }
        return specs;
    }

    /** Refuses a {@code name} (given with {@code option}; null: none) that is not the label of one of {@code specs}. */
    public static void requireLabel(List<EngineSpec> specs, String name, String option) {
        List<String> labels = specs.stream().map(EngineSpec::label).toList();
        if (name != null && !labels.contains(name)) {
            throw new ConfigException(
                    option + " " + name + " is not an engine of this run; choose one of " + String.join(", ", labels));
        }
    }
}
