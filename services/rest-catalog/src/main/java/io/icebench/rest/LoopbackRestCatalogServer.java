package io.icebench.rest;

import jakarta.servlet.DispatcherType;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import org.apache.hadoop.conf.Configuration;
import org.apache.iceberg.jdbc.JdbcCatalog;
import org.apache.iceberg.rest.RESTCatalogAdapter;
import org.apache.iceberg.rest.RESTCatalogServlet;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.servlet.FilterHolder;
import org.eclipse.jetty.servlet.ServletContextHandler;
import org.eclipse.jetty.servlet.ServletHolder;

/**
 * An Iceberg REST catalog on 127.0.0.1 only: Iceberg's own {@link RESTCatalogAdapter} served by its
 * {@link RESTCatalogServlet} on Jetty, in front of a {@link JdbcCatalog} kept in a SQLite file, behind a bearer
 * token (or the OAuth2 client-credentials grant with the token as secret). The only argument is a properties
 * file (mode 0600, it may hold storage secrets): {@code icebench.rest.port}, {@code icebench.rest.token-file}, {@code icebench.rest.catalog-db}, and the
 * catalog's own properties ({@code warehouse}, {@code io-impl}, {@code s3.*}, ...).
 */
public final class LoopbackRestCatalogServer {

    public static final String PORT = "icebench.rest.port";
    public static final String TOKEN_FILE = "icebench.rest.token-file";
    public static final String CATALOG_DB = "icebench.rest.catalog-db";
    /** Printed once the server accepts requests. */
    public static final String READY = "icebench rest catalog ready";

    private static final String LOOPBACK = "127.0.0.1";
    private static final String CATALOG_NAME = "icebench";

    private LoopbackRestCatalogServer() {}

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("usage: LoopbackRestCatalogServer <properties file>");
            System.exit(2);
        }
        Map<String, String> properties = read(Path.of(args[0]));
        int port = Integer.parseInt(required(properties, PORT));
        String token =
                Files.readString(Path.of(required(properties, TOKEN_FILE))).strip();
        Path catalogDb = Path.of(required(properties, CATALOG_DB));

        JdbcCatalog catalog = backingCatalog(properties, catalogDb);
        Server server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost(LOOPBACK);
        connector.setPort(port);
        server.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler(ServletContextHandler.NO_SESSIONS);
        EnumSet<DispatcherType> requests = EnumSet.of(DispatcherType.REQUEST);
        context.addFilter(
                new FilterHolder(new ClientCredentialsEndpoint(token)), ClientCredentialsEndpoint.PATH, requests);
        context.addFilter(new FilterHolder(new BearerTokenFilter(token)), "/*", requests);
        context.addServlet(new ServletHolder(new RESTCatalogServlet(new RESTCatalogAdapter(catalog))), "/*");
        server.setHandler(context);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(server, catalog), "rest-catalog-stop"));
        server.start();
        System.out.printf(
                "%s: http://%s:%d (warehouse %s, catalog %s)%n",
                READY, LOOPBACK, connector.getLocalPort(), properties.get("warehouse"), catalogDb);
        System.out.flush();
        server.join();
    }

    private static JdbcCatalog backingCatalog(Map<String, String> properties, Path catalogDb) {
        Map<String, String> catalogProperties = new HashMap<>();
        properties.forEach((key, value) -> {
            if (!key.startsWith("icebench.rest.")) {
                catalogProperties.put(key, value);
            }
        });
        catalogProperties.put("uri", "jdbc:sqlite:" + catalogDb);
        // V1 keeps views as well as tables; one connection, as SQLite serialises writers anyway
        catalogProperties.putIfAbsent("jdbc.schema-version", "V1");
        catalogProperties.put("clients", "1");
        JdbcCatalog catalog = new JdbcCatalog();
        catalog.setConf(new Configuration());
        catalog.initialize(CATALOG_NAME, catalogProperties);
        return catalog;
    }

    private static void stop(Server server, JdbcCatalog catalog) {
        try {
            server.stop();
            catalog.close();
        } catch (Exception e) {
            System.err.println("rest catalog: error while stopping: " + e);
        }
    }

    private static Map<String, String> read(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file)) {
            properties.load(reader);
        }
        Map<String, String> map = new HashMap<>();
        properties.stringPropertyNames().forEach(name -> map.put(name, properties.getProperty(name)));
        return map;
    }

    private static String required(Map<String, String> properties, String key) {
        String value = properties.get(key);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("missing property " + key);
        }
        return value;
    }
}
