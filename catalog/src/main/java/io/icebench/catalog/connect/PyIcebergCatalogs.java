package io.icebench.catalog.connect;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.icebench.core.config.ConfigException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * PyIceberg's catalog definitions, read as PyIceberg reads them: {@code .pyiceberg.yaml} in
 * {@code PYICEBERG_HOME}, the home directory or the working directory, under {@code catalog: NAME:}, then
 * {@code PYICEBERG_CATALOG__NAME__KEY} environment variables over it ({@code __} separates levels,
 * {@code _} stands for {@code -}: {@code PYICEBERG_CATALOG__PROD__S3__ACCESS_KEY_ID} is {@code s3.access-key-id}).
 */
public final class PyIcebergCatalogs {

    static final String FILE = ".pyiceberg.yaml";
    private static final String ENV_PREFIX = "pyiceberg_catalog__";

    private PyIcebergCatalogs() {}

    /** The properties of catalog {@code name}, or a one-line error naming where icebench looked. */
    public static Map<String, String> definition(String name, Map<String, String> environment, Path workingDirectory) {
        Map<String, String> properties = new LinkedHashMap<>();
        Optional<Path> file = configFile(environment, workingDirectory);
        if (file.isPresent()) {
            properties.putAll(fromFile(file.get(), name));
        }
        properties.putAll(fromEnvironment(name, environment));
        if (properties.isEmpty()) {
            throw new ConfigException("no PyIceberg catalog named '" + name + "': "
                    + file.map(f -> f + " has no catalog." + name).orElse("no " + FILE + " in PYICEBERG_HOME, ~ or .")
                    + " and no PYICEBERG_CATALOG__"
                    + name.toUpperCase(Locale.ROOT).replace('-', '_') + "__* variables"
                    + " (catalog names hive and rest mean icebench's embedded ones)");
        }
        return properties;
    }

    static Optional<Path> configFile(Map<String, String> environment, Path workingDirectory) {
        for (String dir : new String[] {
            environment.get("PYICEBERG_HOME"), System.getProperty("user.home"), workingDirectory.toString()
        }) {
            if (dir != null && Files.isRegularFile(Path.of(dir, FILE))) {
                return Optional.of(Path.of(dir, FILE));
            }
        }
        return Optional.empty();
    }

    private static Map<String, String> fromFile(Path file, String name) {
        JsonNode root;
        try {
            root = new ObjectMapper(new YAMLFactory()).readTree(file.toFile());
        } catch (IOException e) {
            throw new ConfigException("cannot read " + file + " as YAML: "
                    + e.getMessage().lines().findFirst().orElse(""));
        }
        Map<String, String> properties = new LinkedHashMap<>();
        JsonNode catalog = root == null ? null : root.path("catalog").get(name);
        if (catalog != null) {
            flatten("", catalog, properties);
        }
        return properties;
    }

    /** Nested YAML ({@code s3: {endpoint: x}}) and dotted keys ({@code s3.endpoint: x}) alike. */
    private static void flatten(String prefix, JsonNode node, Map<String, String> into) {
        if (!node.isObject()) {
            into.put(prefix, node.asText());
            return;
        }
        for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            flatten(prefix.isEmpty() ? field.getKey() : prefix + "." + field.getKey(), field.getValue(), into);
        }
    }

    private static Map<String, String> fromEnvironment(String name, Map<String, String> environment) {
        String wanted = name.toLowerCase(Locale.ROOT).replace('_', '-');
        Map<String, String> properties = new LinkedHashMap<>();
        environment.forEach((key, value) -> {
            String lower = key.toLowerCase(Locale.ROOT);
            if (!lower.startsWith(ENV_PREFIX)) {
                return;
            }
            String[] parts = lower.substring(ENV_PREFIX.length()).split("__");
            if (parts.length >= 2 && parts[0].replace('_', '-').equals(wanted)) {
                StringBuilder property = new StringBuilder();
                for (int i = 1; i < parts.length; i++) {
                    property.append(i > 1 ? "." : "").append(parts[i].replace('_', '-'));
                }
                properties.put(property.toString(), value);
            }
        });
        return properties;
    }
}
