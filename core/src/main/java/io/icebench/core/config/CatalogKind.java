package io.icebench.core.config;

import java.net.URI;
import java.util.Locale;

/** The kinds of Iceberg catalog icebench connects to, told apart by the scheme of the catalog's URI. */
public enum CatalogKind {
    /** A Hive Metastore over Thrift ({@code thrift://host:port}). */
    HIVE("hive"),
    /** An Iceberg REST catalog ({@code http(s)://host:port/prefix}). */
    REST("rest");

    private final String icebergType;

    CatalogKind(String icebergType) {
        this.icebergType = icebergType;
    }

    /** The value of Iceberg's {@code type} catalog property for this kind. */
    public String icebergType() {
        return icebergType;
    }

    public static CatalogKind ofUri(String uri) {
        String scheme;
        try {
            scheme = URI.create(uri.strip()).getScheme();
        } catch (IllegalArgumentException e) {
            scheme = null;
        }
        String lower = scheme == null ? "" : scheme.toLowerCase(Locale.ROOT);
        return switch (lower) {
            case "thrift" -> HIVE;
            case "http", "https" -> REST;
            default ->
                throw new ConfigException("catalog URI '" + Secrets.maskText(uri) + "' is neither thrift://host:port "
                        + "(a Hive Metastore) nor http(s)://host:port/... (an Iceberg REST catalog)");
        };
    }
}
