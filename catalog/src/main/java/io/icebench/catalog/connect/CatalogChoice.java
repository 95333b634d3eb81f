package io.icebench.catalog.connect;

/**
 * What the user asked for on the command line (null: not given; the environment or the defaults decide).
 *
 * @param catalog          {@code hive} (the embedded metastore), {@code rest} (the embedded REST catalog), or
 *                         the name of a PyIceberg catalog definition
 * @param catalogUri       a catalog's URI: {@code thrift://} a Hive Metastore, {@code http(s)://} a REST catalog
 * @param catalogWarehouse the REST catalog's warehouse, or where a Hive Metastore puts new namespaces
 * @param storage          {@code local} or {@code s3} (the embedded S3 server)
 * @param warehouse        where new tables go ({@code s3://bucket/prefix} or a local directory)
 * @param s3Endpoint       an S3-compatible endpoint
 * @param s3Region         the S3 region
 * @param s3PathStyle      path-style addressing (null: on for an IP or localhost endpoint)
 */
public record CatalogChoice(
        String catalog,
        String catalogUri,
        String catalogWarehouse,
        String storage,
        String warehouse,
        String s3Endpoint,
        String s3Region,
        Boolean s3PathStyle) {

    public static final String EMBEDDED_HIVE = "hive";
    public static final String EMBEDDED_REST = "rest";
    public static final String STORAGE_S3 = "s3";
    public static final String STORAGE_LOCAL = "local";

    public static CatalogChoice defaults() {
        return new CatalogChoice(null, null, null, null, null, null, null, null);
    }

    public boolean embeddedS3() {
        return STORAGE_S3.equals(storage);
    }
}
