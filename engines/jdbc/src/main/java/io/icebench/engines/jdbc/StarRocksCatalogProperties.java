package io.icebench.engines.jdbc;

import io.icebench.core.config.CatalogConnection;
import io.icebench.core.config.CatalogKind;
import io.icebench.core.config.ObjectStorage;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** The run's catalog as the properties of a StarRocks external catalog of type iceberg. */
final class StarRocksCatalogProperties {

    private StarRocksCatalogProperties() {}

    static Map<String, String> of(CatalogConnection connection) {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("type", "iceberg");
        if (connection.kind() == CatalogKind.HIVE) {
            properties.put("iceberg.catalog.type", "hive");
            properties.put("hive.metastore.uris", connection.uri());
        } else {
            properties.put("iceberg.catalog.type", "rest");
            properties.put("iceberg.catalog.uri", connection.uri());
            if (connection.warehouse() != null) {
                properties.put("iceberg.catalog.warehouse", connection.warehouse());
            }
            String token = connection.properties().get("token");
            String credential = connection.properties().get("credential");
            if (token != null || credential != null) {
                properties.put("iceberg.catalog.security", "oauth2");
                properties.put(
                        token != null ? "iceberg.catalog.oauth2.token" : "iceberg.catalog.oauth2.credential",
                        token != null ? token : credential);
            }
        }
        ObjectStorage storage = connection.storage();
        if (storage != null) {
            if (storage.endpoint() != null) {
                properties.put("aws.s3.endpoint", storage.endpoint());
            }
            properties.put("aws.s3.region", storage.regionOrDefault());
            properties.put("aws.s3.enable_path_style_access", Boolean.toString(storage.pathStyleAccess()));
            properties.put("aws.s3.enable_ssl", Boolean.toString(!storage.insecure()));
            if (storage.accessKeyId() != null) {
                properties.put("aws.s3.access_key", storage.accessKeyId());
                properties.put("aws.s3.secret_key", storage.secretAccessKey());
            }
        }
        return properties;
    }

    static String sql(Map<String, String> properties) {
        return properties.entrySet().stream()
                .map(e -> quote(e.getKey()) + "=" + quote(e.getValue()))
                .collect(Collectors.joining(", ", "PROPERTIES (", ")"));
    }

    private static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
