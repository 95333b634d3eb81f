package io.icebench.core.config;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Where the tables are: one value, resolved once by the coordinator and sent unchanged to every worker,
 * where each engine maps it onto its own settings.
 *
 * @param kind       the catalog's kind
 * @param uri        the catalog's URI ({@code thrift://...} or {@code http(s)://...})
 * @param warehouse  the catalog's warehouse: for a REST catalog the warehouse it serves, for a Hive Metastore
 *                   where new namespaces go (null: the catalog's own default)
 * @param properties further Iceberg catalog properties, by Iceberg's names ({@code token}, {@code credential},
 *                   {@code scope}, {@code oauth2-server-uri}, ...)
 * @param storage    the object store of the tables' files (null: the tables are on local or Hadoop file systems)
 */
public record CatalogConnection(
        CatalogKind kind, String uri, String warehouse, Map<String, String> properties, ObjectStorage storage) {

    public CatalogConnection {
        properties = properties == null ? Map.of() : Map.copyOf(properties);
    }

    public static CatalogConnection hive(String uri) {
        return new CatalogConnection(CatalogKind.HIVE, uri, null, Map.of(), null);
    }

    public CatalogConnection withStorage(ObjectStorage objectStorage) {
        return new CatalogConnection(kind, uri, warehouse, properties, objectStorage);
    }

    public CatalogConnection withWarehouse(String location) {
        return new CatalogConnection(kind, uri, location, properties, storage);
    }

    /** The properties an Iceberg Java catalog is built from ({@code CatalogUtil.buildIcebergCatalog}). */
    public Map<String, String> icebergProperties() {
        Map<String, String> all = new LinkedHashMap<>();
        all.put("type", kind.icebergType());
        all.put("uri", uri);
        if (warehouse != null) {
            all.put("warehouse", warehouse);
        }
        if (storage != null) {
            all.putAll(storage.icebergProperties());
        }
        all.putAll(properties);
        return all;
    }

    /** What the catalog is, for the console and the results, without secrets. */
    public String describe() {
        String extra = properties.keySet().stream()
                .sorted()
                .map(key -> key + "=" + Secrets.mask(key, properties.get(key)))
                .collect(Collectors.joining(", "));
        return (kind == CatalogKind.HIVE ? "Hive Metastore " : "REST catalog ")
                + Secrets.maskText(uri)
                + (warehouse == null ? "" : ", warehouse " + warehouse)
                + (extra.isEmpty() ? "" : " (" + extra + ")")
                + (storage == null ? "" : "; " + storage.describe());
    }

    @Override
    public String toString() {
        return describe();
    }
}
