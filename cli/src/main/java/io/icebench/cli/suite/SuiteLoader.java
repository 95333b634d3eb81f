package io.icebench.cli.suite;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.icebench.cli.run.Query;
import io.icebench.core.config.ConfigException;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads a suite directory: {@code suite.yaml} when there is one (checked field by field), otherwise every
 * {@code .sql} file in natural order; each query's engine variants from {@code <engine>/<id>.sql}.
 */
public final class SuiteLoader {

    public static final String DESCRIPTOR = "suite.yaml";
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]*");
    private static final String FIELDS = "name, description, namespace, generator, tables, queries, expected";

    private SuiteLoader() {}

    /** Loads the suite in {@code dir}; {@code fallbackName} names a suite without a descriptor. */
    public static Suite load(Path dir, String fallbackName) {
        Path file = dir.resolve(DESCRIPTOR);
        boolean described = Files.isRegularFile(file);
        byte[] descriptorBytes = described ? read(file).getBytes(StandardCharsets.UTF_8) : new byte[0];
        SuiteDescriptor descriptor = described
                ? check(parse(file, descriptorBytes), dir, file)
                : new SuiteDescriptor(fallbackName, null, null, null, List.of(), sqlFiles(dir), Map.of());
        if (descriptor.queries().isEmpty()) {
            throw new ConfigException("suite directory " + dir + " has no .sql files; add one file per query");
        }
        List<String> engines = variantDirectories(dir);
        List<Query> queries = new ArrayList<>();
        for (String id : descriptor.queries()) {
            Map<String, String> variants = new LinkedHashMap<>();
            for (String engine : engines) {
                Path variant = dir.resolve(engine).resolve(id + ".sql");
                if (Files.isRegularFile(variant)) {
                    variants.put(engine, read(variant).strip());
                }
            }
            queries.add(new Query(id, read(dir.resolve(id + ".sql")).strip(), variants));
        }
        return new Suite(descriptor, described, dir, queries, hash(descriptorBytes, queries));
    }

    private static SuiteDescriptor parse(Path file, byte[] text) {
        try {
            SuiteDescriptor descriptor = YAML.readValue(text, SuiteDescriptor.class);
            if (descriptor == null) {
                throw new ConfigException(file + " is empty; give at least name: and queries:");
            }
            return descriptor;
        } catch (UnrecognizedPropertyException e) {
            throw new ConfigException(file + ": unknown field '" + e.getPropertyName() + "'; the fields are " + FIELDS);
        } catch (JsonMappingException e) {
            String field = e.getPath().isEmpty() ? "?" : e.getPath().get(0).getFieldName();
            throw new ConfigException(file + ": field '" + field + "' has the wrong shape ("
                    + e.getOriginalMessage().lines().findFirst().orElse("") + "); " + shapeOf(field));
        } catch (JsonProcessingException e) {
            throw new ConfigException(file + ": not valid YAML"
                    + (e.getLocation() == null
                            ? ""
                            : " at line " + e.getLocation().getLineNr()) + " ("
                    + e.getOriginalMessage().lines().findFirst().orElse("") + "); fix the syntax");
        } catch (IOException e) {
            throw new ConfigException("cannot read " + file + ": " + e.getMessage());
        }
    }

    private static String shapeOf(String field) {
        return switch (field) {
            case "tables", "queries" -> "give a list, e.g. " + field + ": [a, b]";
            case "expected" -> "give scale factors and directories, e.g. expected: {\"0.01\": expected/sf0.01}";
            default -> "give one text value, e.g. " + field + ": value";
        };
    }

    private static SuiteDescriptor check(SuiteDescriptor d, Path dir, Path file) {
        if (d.name() == null || d.name().isBlank()) {
            throw new ConfigException(file + ": field 'name' is missing; add e.g. name: "
                    + dir.getFileName().toString().replace("/", ""));
        }
        if (d.generator() != null && SuiteGenerator.named(d.generator()).isEmpty()) {
            throw new ConfigException(
                    file + ": field 'generator' is '" + d.generator() + "', which is no generator; use "
                            + SuiteGenerator.names() + ", or leave it out when you bring the tables");
        }
        List<String> queries = d.queries().isEmpty() ? sqlFiles(dir) : d.queries();
        Set<String> seen = new HashSet<>();
        for (String id : queries) {
            if (id == null || !ID.matcher(id).matches()) {
                throw new ConfigException(file + ": field 'queries' has '" + id
                        + "', which is no query id; use letters, digits, '_', '-' and '.', e.g. q14a");
            }
            if (!seen.add(id)) {
                throw new ConfigException(file + ": field 'queries' names " + id + " twice; list each query once");
            }
            if (!Files.isRegularFile(dir.resolve(id + ".sql"))) {
                throw new ConfigException(file + ": field 'queries' names " + id + ", but " + dir.resolve(id + ".sql")
                        + " does not exist; add the file or remove " + id + " from queries");
            }
        }
        d.expected().forEach((scale, path) -> {
            try {
                new BigDecimal(scale.strip());
            } catch (NumberFormatException e) {
                throw new ConfigException(file + ": field 'expected' has scale factor '" + scale
                        + "', which is no number; write it as e.g. \"0.01\": expected/sf0.01");
            }
            if (path == null || !Files.isDirectory(dir.resolve(path))) {
                throw new ConfigException(file + ": field 'expected' gives " + path + " for scale " + scale
                        + ", which is no directory beside " + DESCRIPTOR + "; create it or correct the path");
            }
        });
        return new SuiteDescriptor(
                d.name().strip(), d.description(), d.namespace(), d.generator(), d.tables(), queries, d.expected());
    }

    /** Every {@code .sql} file's name without {@code .sql}, in natural order ({@code q2} before {@code q10}). */
    private static List<String> sqlFiles(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile)
                    .map(f -> f.getFileName().toString())
                    .filter(name -> name.endsWith(".sql"))
                    .map(name -> name.substring(0, name.length() - 4))
                    .sorted(NaturalOrder.INSTANCE)
                    .toList();
        } catch (IOException e) {
            throw new ConfigException("cannot read suite directory " + dir + ": " + e.getMessage());
        }
    }

    private static List<String> variantDirectories(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isDirectory)
                    .map(f -> f.getFileName().toString().replace("/", ""))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new ConfigException("cannot read suite directory " + dir + ": " + e.getMessage());
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new ConfigException("cannot read " + file + ": " + e.getMessage());
        }
    }

    /** SHA-256 over the descriptor and each query's id, text and variants (engines in name order); 16 hex digits. */
    private static String hash(byte[] descriptor, List<Query> queries) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(descriptor);
            for (Query q : queries) {
                update(sha, q.id());
                update(sha, q.sql());
                for (Map.Entry<String, String> variant : new TreeMap<>(q.variants()).entrySet()) {
                    update(sha, variant.getKey());
                    update(sha, variant.getValue());
                }
            }
            return "sha256:" + HexFormat.of().formatHex(sha.digest()).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void update(MessageDigest sha, String text) {
        sha.update(text.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
    }
}
