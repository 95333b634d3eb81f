package io.icebench.cli.engine;

import io.icebench.core.config.ConfigException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * An engine as the user names it in {@code --engines}: {@code duckdb}, {@code duckdb@1.5.6.0} (that version of the
 * engine, labelled so), or {@code label=duckdb[@version]} to run the same engine twice with different
 * {@code --engine-option label.key=value} settings.
 *
 * @param version the engine version asked for; null: the version icebench was built with
 */
public record EngineSpec(String label, String engine, String version, Map<String, String> options) {

    /** Option read by the coordinator, not the engine: the worker JVM's maximum heap ({@code -Xmx}), e.g. 4g. */
    public static final String HEAP = "heap";
    /** Option read by the coordinator: a JDBC driver jar put on the worker's classpath (the jdbc engine). */
    public static final String DRIVER_JAR = "driver_jar";

    private static final Pattern LABEL = Pattern.compile("[A-Za-z][A-Za-z0-9_-]*");
    private static final Pattern VERSION = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._+-]*");

    public EngineSpec(String label, String engine, Map<String, String> options) {
        this(label, engine, null, options);
    }

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
            String version = null;
            int at = engine.indexOf('@');
            if (at >= 0) {
                version = engine.substring(at + 1);
                engine = engine.substring(0, at);
                label = eq >= 0 ? label : engine + "@" + version;
            }
            if (!LABEL.matcher(eq >= 0 ? label : engine).matches()
                    || !LABEL.matcher(engine).matches()
                    || (version != null && !VERSION.matcher(version).matches())) {
                throw new ConfigException("--engines entry '" + raw + "' is not NAME, NAME@VERSION or "
                        + "LABEL=NAME[@VERSION] (e.g. duckdb, duckdb@1.5.6.0, old=duckdb@1.4.2.0)");
            }
            String finalLabel = label;
            if (specs.stream().anyMatch(s -> s.label().equals(finalLabel))) {
                throw new ConfigException("engine '" + label + "' is listed twice; give the second a label, " + "e.g. "
                        + engine + "2=" + engine);
            }
            Map<String, String> defaults = new LinkedHashMap<>(defaultsByEngine.getOrDefault(engine, Map.of()));
            specs.add(new EngineSpec(label, engine, version, defaults));
        }
        for (String option : engineOptions) {
            int eq = option.indexOf('=');
            // a label may hold dots (duckdb@1.5.6.0): the longest label followed by a dot names the engine
            EngineSpec spec = specs.stream()
                    .filter(s ->
                            option.startsWith(s.label() + ".") && eq > s.label().length() + 1)
                    .reduce((a, b) -> a.label().length() >= b.label().length() ? a : b)
                    .orElse(null);
            if (spec == null) {
                int dot = option.indexOf('.');
                if (dot <= 0 || eq <= dot + 1) {
                    throw new ConfigException(
                            "--engine-option '" + option + "' is not ENGINE.KEY=VALUE (e.g. duckdb.threads=1)");
                }
                throw new ConfigException("--engine-option '" + option + "' names engine '" + option.substring(0, dot)
                        + "', which is not in --engines");
            }
            spec.options().put(option.substring(spec.label().length() + 1, eq), option.substring(eq + 1));
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
