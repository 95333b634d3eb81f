package io.icebench.engines.jdbc;

import io.icebench.core.config.CatalogConnection;
import io.icebench.core.config.CatalogKind;
import io.icebench.core.config.ObjectStorage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The run's catalog as the properties of a Trino catalog of the Iceberg connector (Trino 476's names): a Hive
 * Metastore or an Iceberg REST catalog, the native local file system for {@code file:} tables and, with object
 * storage, the native S3 file system.
 */
final class TrinoCatalogProperties {

    /** REST catalog properties Trino's REST client takes, by Iceberg's name. */
    private static final Map<String, String> REST_OAUTH2 = Map.of(
            "token", "iceberg.rest-catalog.oauth2.token",
            "credential", "iceberg.rest-catalog.oauth2.credential",
            "scope", "iceberg.rest-catalog.oauth2.scope",
            "oauth2-server-uri", "iceberg.rest-catalog.oauth2.server-uri");

    /**
     * @param properties the catalog file's properties, in a stable order
     * @param ignored    what of the connection Trino's catalog cannot carry (names only, never values)
     */
    record Mapped(Map<String, String> properties, List<String> ignored) {}

    private TrinoCatalogProperties() {}

    static Mapped of(CatalogConnection connection) {
        Map<String, String> properties = new LinkedHashMap<>();
        List<String> ignored = new ArrayList<>();
        properties.put("connector.name", "iceberg");
        if (connection.kind() == CatalogKind.HIVE) {
            properties.put("iceberg.catalog.type", "hive_metastore");
            properties.put("hive.metastore.uri", connection.uri());
        } else {
            rest(connection, properties, ignored);
        }
        // tables of the embedded catalogs may live on this machine's disk as file: paths
        properties.put("fs.native-local.enabled", "true");
        properties.put("local.location", "/");
        ObjectStorage storage = connection.storage();
        if (storage != null) {
            properties.put("fs.native-s3.enabled", "true");
            if (storage.endpoint() != null) {
                properties.put("s3.endpoint", storage.endpoint());
            }
            properties.put("s3.region", storage.regionOrDefault());
            properties.put("s3.path-style-access", Boolean.toString(storage.pathStyleAccess()));
            if (storage.accessKeyId() != null) {
                properties.put("s3.aws-access-key", storage.accessKeyId());
                properties.put("s3.aws-secret-key", storage.secretAccessKey());
            }
            if (storage.sessionToken() != null) {
                ignored.add(
                        "the S3 session token (Trino's S3 file system takes long-lived keys or its default credentials chain)");
            }
        }
        return new Mapped(properties, ignored);
    }

    private static void rest(CatalogConnection connection, Map<String, String> properties, List<String> ignored) {
        properties.put("iceberg.catalog.type", "rest");
        properties.put("iceberg.rest-catalog.uri", connection.uri());
        if (connection.warehouse() != null) {
            properties.put("iceberg.rest-catalog.warehouse", connection.warehouse());
        }
        Map<String, String> oauth2 = new LinkedHashMap<>();
        connection.properties().keySet().stream().sorted().forEach(key -> {
            if (REST_OAUTH2.containsKey(key)) {
                oauth2.put(REST_OAUTH2.get(key), connection.properties().get(key));
            } else {
                ignored.add("the REST catalog property " + key);
            }
        });
        if (!oauth2.isEmpty()) {
            properties.put("iceberg.rest-catalog.security", "OAUTH2");
            properties.putAll(oauth2);
        }
    }
}
