package io.icebench.catalog.connect;

import io.icebench.core.config.CatalogConnection;
import io.icebench.core.config.CatalogKind;
import io.icebench.core.config.ConfigException;
import io.icebench.core.config.ObjectStorage;
import io.icebench.core.config.Settings;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Resolves "where the tables are" from the command line, PyIceberg definitions and the environment: the
 * catalog ({@code --catalog-uri} over {@code ICEBERG_CATALOG_URI} over {@code HIVE_METASTORE_URI}, or
 * {@code --catalog NAME}) and the object storage ({@code --s3-*} over the catalog's {@code s3.*} properties
 * over the AWS variables). Embedded services are started by the caller; this class only decides.
 */
public final class ConnectionResolver {

    /** Catalog properties passed through from a PyIceberg definition, by Iceberg's names. */
    private static final Set<String> CATALOG_KEYS =
            Set.of("token", "credential", "scope", "oauth2-server-uri", "audience", "resource", "prefix");

    private ConnectionResolver() {}

    /** The user's own catalog, when one is configured; empty means an embedded one ({@code hive} or {@code rest}). */
    public static Optional<CatalogConnection> external(CatalogChoice choice, Settings settings, Path workingDirectory) {
        String named = choice.catalog();
        if (named != null && !isEmbedded(named)) {
            return Optional.of(fromPyIceberg(named, choice, settings, workingDirectory));
        }
        Optional<String> uri = Optional.ofNullable(choice.catalogUri());
        if (named == null && uri.isEmpty()) {
            uri = settings.get("ICEBERG_CATALOG_URI").or(() -> settings.get("HIVE_METASTORE_URI"));
        }
        if (uri.isEmpty()) {
            return Optional.empty();
        }
        Map<String, String> properties = new LinkedHashMap<>();
        settings.get("ICEBERG_CATALOG_TOKEN").ifPresent(token -> properties.put("token", token));
        settings.get("ICEBERG_CATALOG_CREDENTIAL").ifPresent(credential -> properties.put("credential", credential));
        String warehouse = Optional.ofNullable(choice.catalogWarehouse())
                .or(() -> settings.get("ICEBERG_CATALOG_WAREHOUSE"))
                .orElse(choice.warehouse());
        CatalogConnection connection =
                new CatalogConnection(CatalogKind.ofUri(uri.get()), uri.get(), warehouse, properties, null);
        return Optional.of(connection.withStorage(
                storage(choice, settings, Map.of(), warehouse).orElse(null)));
    }

    public static boolean isEmbedded(String catalog) {
        return CatalogChoice.EMBEDDED_HIVE.equals(catalog) || CatalogChoice.EMBEDDED_REST.equals(catalog);
    }

    private static CatalogConnection fromPyIceberg(String name, CatalogChoice choice, Settings settings, Path cwd) {
        Map<String, String> definition = PyIcebergCatalogs.definition(name, settings.asMap(), cwd);
        String uri = definition.get("uri");
        if (uri == null) {
            throw new ConfigException("PyIceberg catalog '" + name + "' has no uri; icebench reads hive (thrift://) "
                    + "and rest (http(s)://) catalogs");
        }
        CatalogKind kind = CatalogKind.ofUri(uri);
        String type = definition.getOrDefault("type", kind.icebergType()).toLowerCase(Locale.ROOT);
        if (!type.equals(kind.icebergType())) {
            throw new ConfigException("PyIceberg catalog '" + name + "' is of type " + type + " at " + uri
                    + "; icebench reads hive (thrift://) and rest (http(s)://) catalogs");
        }
        Map<String, String> properties = new LinkedHashMap<>();
        definition.forEach((key, value) -> {
            if (CATALOG_KEYS.contains(key) || key.startsWith("header.")) {
                properties.put(key, value);
            }
        });
        String warehouse = Optional.ofNullable(choice.catalogWarehouse()).orElse(definition.get("warehouse"));
        CatalogConnection connection = new CatalogConnection(kind, uri, warehouse, properties, null);
        return connection.withStorage(
                storage(choice, settings, definition, warehouse).orElse(null));
    }

    /**
     * The object storage settings, when any are given or the warehouse is on S3; empty when the tables are
     * on local or Hadoop file systems only.
     */
    public static Optional<ObjectStorage> storage(
            CatalogChoice choice, Settings settings, Map<String, String> catalog, String warehouse) {
        String endpoint = first(
                choice.s3Endpoint(),
                catalog.get("s3.endpoint"),
                settings.get("AWS_ENDPOINT_URL_S3").orElse(null),
                settings.get("AWS_ENDPOINT_URL").orElse(null));
        String region = first(
                choice.s3Region(),
                catalog.get("s3.region"),
                catalog.get("client.region"),
                settings.get("AWS_REGION").orElse(null),
                settings.get("AWS_DEFAULT_REGION").orElse(null));
        String pathStyle = first(
                choice.s3PathStyle() == null ? null : choice.s3PathStyle().toString(),
                catalog.get("s3.path-style-access"));
        boolean keysFromCatalog = catalog.containsKey("s3.access-key-id");
        String key = keysFromCatalog
                ? catalog.get("s3.access-key-id")
                : settings.get("AWS_ACCESS_KEY_ID").orElse(null);
        String secret = keysFromCatalog
                ? catalog.get("s3.secret-access-key")
                : settings.get("AWS_SECRET_ACCESS_KEY").orElse(null);
        String token = keysFromCatalog
                ? catalog.get("s3.session-token")
                : settings.get("AWS_SESSION_TOKEN").orElse(null);
        boolean onS3 = isS3(warehouse) || isS3(choice.warehouse());
        if (!onS3
                && endpoint == null
                && key == null
                && region == null
                && settings.get("AWS_PROFILE").isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ObjectStorage(
                endpoint, region, pathStyle == null ? null : Boolean.valueOf(pathStyle), key, secret, token));
    }

    public static boolean isS3(String location) {
        return location != null && (location.startsWith("s3://") || location.startsWith("s3a://"));
    }

    private static String first(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return null;
    }
}
