package io.icebench.engines.jdbc;

import io.icebench.core.config.CatalogConnection;
import io.icebench.core.protocol.Json;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;

/**
 * {@code TrinoCatalogFile CONNECTION.json CATALOG.properties}: writes the Trino catalog file for a connection
 * that {@code icebench connection} resolved (scripts/trino uses it). The file holds secrets: it is created with
 * mode 0600. Prints what the catalog is, without secrets; exit 2 with one line when the input is unusable.
 */
public final class TrinoCatalogFile {

    private TrinoCatalogFile() {}

    public static void main(String[] args) {
        if (args.length != 2) {
            fail("usage: TrinoCatalogFile CONNECTION.json CATALOG.properties");
        }
        CatalogConnection connection;
        try {
            connection = Json.MAPPER.readValue(Path.of(args[0]).toFile(), CatalogConnection.class);
        } catch (IOException e) {
            fail("cannot read the catalog connection " + args[0] + ": " + e.getMessage());
            return;
        }
        TrinoCatalogProperties.Mapped mapped = TrinoCatalogProperties.of(connection);
        try {
            write(Path.of(args[1]), mapped.properties());
        } catch (IOException e) {
            fail("cannot write " + args[1] + ": " + e.getMessage());
        }
        mapped.ignored().forEach(what -> System.err.println("trino: note: not passed to Trino: " + what));
        System.out.println(connection.describe());
    }

    /** The properties in a stable order, without the date line {@link Properties#store} would add. */
    static String text(Map<String, String> properties) {
        return properties.entrySet().stream()
                .map(entry -> {
                    Properties one = new Properties();
                    one.setProperty(entry.getKey(), entry.getValue());
                    StringWriter line = new StringWriter();
                    try {
                        one.store(line, null);
                    } catch (IOException e) {
                        throw new IllegalStateException(e);
                    }
                    return line.toString()
                            .lines()
                            .filter(l -> !l.startsWith("#"))
                            .collect(Collectors.joining("\n"));
                })
                .collect(Collectors.joining("\n", "", "\n"));
    }

    private static void write(Path file, Map<String, String> properties) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.deleteIfExists(tmp);
        Files.createFile(tmp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(tmp, text(properties));
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static void fail(String message) {
        System.err.println("trino: " + message);
        System.exit(2);
    }
}
