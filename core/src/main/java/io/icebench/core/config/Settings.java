package io.icebench.core.config;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Values from the environment and {@code benchmark.env}, the environment winning. Command-line options
 * win over both; they are applied by the CLI.
 */
public final class Settings {

    private final Map<String, String> values;

    private Settings(Map<String, String> values) {
        this.values = values;
    }

    public static Settings load(Path workingDirectory, Map<String, String> environment) {
        Map<String, String> merged = new HashMap<>(EnvFile.read(workingDirectory.resolve(Defaults.ENV_FILE)));
        environment.forEach((k, v) -> {
            if (v != null && !v.isEmpty()) {
                merged.put(k, v);
            }
        });
        return new Settings(merged);
    }

    public Optional<String> get(String key) {
        return Optional.ofNullable(values.get(key)).filter(v -> !v.isBlank());
    }

    /** Every value, for readers that look up families of variables ({@code PYICEBERG_CATALOG__*}). */
    public Map<String, String> asMap() {
        return Map.copyOf(values);
    }

    public Path dataDir() {
        return Path.of(get("ICEBENCH_DATA_DIR").orElse(Defaults.DATA_DIR))
                .toAbsolutePath()
                .normalize();
    }

    public String catalogName() {
        return get("ICEBENCH_CATALOG").orElse(Defaults.CATALOG_NAME);
    }
}
