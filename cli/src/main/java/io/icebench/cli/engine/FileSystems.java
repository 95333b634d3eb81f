package io.icebench.cli.engine;

import io.icebench.core.model.TableSnapshot;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The file systems a file-based engine opens, as {@code engine.properties} declares them: {@code opens=file,s3},
 * and for a file system that needs an engine option, {@code opens.s3.option=NAME} with
 * {@code opens.s3.missing=why it cannot without it}. A table with files elsewhere is refused for the engine.
 */
public record FileSystems(Set<String> schemes, Map<String, String> optionFor, Map<String, String> missing) {

    public static final FileSystems LOCAL_ONLY = new FileSystems(Set.of("file"), Map.of(), Map.of());

    static FileSystems of(Properties p) {
        Set<String> schemes = new TreeSet<>();
        for (String scheme : p.getProperty("opens", "file").split(",")) {
            if (!scheme.isBlank()) {
                schemes.add(scheme.strip().toLowerCase(Locale.ROOT));
            }
        }
        Map<String, String> optionFor = new LinkedHashMap<>();
        Map<String, String> missing = new LinkedHashMap<>();
        for (String name : p.stringPropertyNames()) {
            if (name.startsWith("opens.") && name.endsWith(".option")) {
                optionFor.put(
                        name.substring(6, name.length() - 7),
                        p.getProperty(name).strip());
            } else if (name.startsWith("opens.") && name.endsWith(".missing")) {
                missing.put(
                        name.substring(6, name.length() - 8),
                        p.getProperty(name).strip());
            }
        }
        return new FileSystems(Set.copyOf(schemes), Map.copyOf(optionFor), Map.copyOf(missing));
    }

    /** The file system of a location: {@code file} for paths and {@code file:}, {@code s3} for s3:// and s3a://. */
    public static String schemeOf(String location) {
        int colon = location.indexOf("://");
        if (colon < 0 || location.startsWith("file:")) {
            return "file";
        }
        String scheme = location.substring(0, colon).toLowerCase(Locale.ROOT);
        return scheme.equals("s3a") || scheme.equals("s3n") ? "s3" : scheme;
    }

    public String whyNotOpened(String engine, Map<String, String> options, TableSnapshot table) {
        Set<String> needed = new TreeSet<>();
        Stream.concat(
                        table.dataFiles().stream().map(f -> f.path()),
                        table.deleteFiles().stream().map(d -> d.path()))
                .map(FileSystems::schemeOf)
                .forEach(needed::add);
        for (String scheme : needed) {
            String option = optionFor.get(scheme);
            boolean enabled = option != null && options.containsKey(option);
            if (!schemes.contains(scheme) && !enabled) {
                return table.fullName() + " is on " + scheme + ", which " + engine + " does not open here: "
                        + missing.getOrDefault(scheme, engine + " opens " + String.join(", ", schemes) + " only");
            }
        }
        return null;
    }
}
