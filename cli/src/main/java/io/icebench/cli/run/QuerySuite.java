package io.icebench.cli.run;

import io.icebench.core.config.ConfigException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/** A named set of queries: built in ({@code tpch}) or a directory of {@code .sql} files. */
public final class QuerySuite {

    private QuerySuite() {}

    /** Loads a suite with each engine's dialect variants ({@code <suite>/<engine>/<query>.sql}) where present. */
    public static List<Query> load(String suite, Set<String> only, Collection<String> engines) {
        boolean directory = Files.isDirectory(Path.of(suite));
        List<Query> queries = new ArrayList<>();
        for (Query q : directory ? fromDirectory(Path.of(suite)) : builtIn(suite)) {
            Map<String, String> variants = new LinkedHashMap<>();
            for (String engine : engines) {
                String variant = directory
                        ? readFile(Path.of(suite, engine, q.id() + ".sql"))
                        : readResource(String.format("/suites/%s/%s/%s.sql", suite, engine, fileName(q.id())));
                if (variant != null) {
                    variants.put(engine, variant);
                }
            }
            queries.add(new Query(q.id(), q.sql(), variants));
        }
        if (only.isEmpty()) {
            return queries;
        }
        List<Query> chosen = queries.stream().filter(q -> only.contains(q.id())).toList();
        List<String> known = queries.stream().map(Query::id).toList();
        for (String id : only) {
            if (!known.contains(id)) {
                throw new ConfigException("--queries names '" + id + "', which suite " + suite
                        + " does not have; it has " + String.join(", ", known));
            }
        }
        return chosen;
    }

    private static String fileName(String id) {
        return String.format("q%02d", Integer.parseInt(id.substring(1)));
    }

    private static String readResource(String resource) {
        try (InputStream in = QuerySuite.class.getResourceAsStream(resource)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new ConfigException("cannot read built-in query " + resource + ": " + e.getMessage());
        }
    }

    private static String readFile(Path file) {
        try {
            return Files.isRegularFile(file) ? Files.readString(file).strip() : null;
        } catch (IOException e) {
            throw new ConfigException("cannot read " + file + ": " + e.getMessage());
        }
    }

    private static List<Query> builtIn(String suite) {
        List<Query> queries = new ArrayList<>();
        for (int i = 1; i < 100; i++) {
            String sql = readResource(String.format("/suites/%s/q%02d.sql", suite, i));
            if (sql == null) {
                break;
            }
            queries.add(new Query("q" + i, sql));
        }
        if (queries.isEmpty()) {
            throw new ConfigException("unknown suite '" + suite + "': use tpch, or a directory of .sql files");
        }
        return queries;
    }

    private static List<Query> fromDirectory(Path dir) {
        List<Query> queries = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file :
                    files.filter(f -> f.toString().endsWith(".sql")).sorted().toList()) {
                String name = file.getFileName().toString();
                queries.add(new Query(
                        name.substring(0, name.length() - 4),
                        Files.readString(file).strip()));
            }
        } catch (IOException e) {
            throw new ConfigException("cannot read suite directory " + dir + ": " + e.getMessage());
        }
        if (queries.isEmpty()) {
            throw new ConfigException("suite directory " + dir + " has no .sql files");
        }
        return queries;
    }
}
