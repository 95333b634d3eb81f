package io.icebench.catalog.service;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The properties file the REST catalog server reads at start (mode 0600: it may hold storage secrets, which
 * therefore never appear on a command line): the catalog's properties plus the server's own
 * {@code icebench.rest.*} settings.
 */
final class RestCatalogSettings {

    private static final String SERVER_PREFIX = "icebench.rest.";
    private final Path file;

    RestCatalogSettings(Path file) {
        this.file = file;
    }

    Path path() {
        return file;
    }

    void write(int port, Path tokenFile, Path catalogDb, Map<String, String> catalogProperties) {
        Properties properties = new Properties();
        properties.putAll(catalogProperties);
        properties.put(SERVER_PREFIX + "port", Integer.toString(port));
        properties.put(SERVER_PREFIX + "token-file", tokenFile.toString());
        properties.put(SERVER_PREFIX + "catalog-db", catalogDb.toString());
        StringWriter text = new StringWriter();
        try {
            properties.store(text, "the embedded REST catalog's settings (may hold storage secrets: mode 0600)");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        PrivateFiles.write(file, text.toString());
    }

    /** The catalog properties the server was last started with (without the server's own); empty when unknown. */
    Map<String, String> catalogProperties() {
        Map<String, String> map = new TreeMap<>();
        if (!Files.exists(file)) {
            return map;
        }
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(PrivateFiles.read(file)));
        } catch (IOException | UncheckedIOException e) {
            return map;
        }
        properties.stringPropertyNames().stream()
                .filter(name -> !name.startsWith(SERVER_PREFIX))
                .forEach(name -> map.put(name, properties.getProperty(name)));
        return map;
    }
}
