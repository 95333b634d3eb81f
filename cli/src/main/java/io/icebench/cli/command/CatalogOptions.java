package io.icebench.cli.command;

import io.icebench.catalog.connect.CatalogChoice;
import io.icebench.core.config.ConfigException;
import picocli.CommandLine.Option;

/** Where the tables are: the options every command that reads or writes tables shares (a picocli mixin). */
public final class CatalogOptions {

    @Option(
            names = "--catalog",
            paramLabel = "NAME",
            description =
                    "hive: the embedded Hive Metastore (default); rest: the embedded Iceberg REST catalog; "
                            + "any other NAME: that PyIceberg catalog definition (~/.pyiceberg.yaml, PYICEBERG_CATALOG__NAME__*).")
    String catalog;

    @Option(
            names = "--catalog-uri",
            paramLabel = "URI",
            description = "Your catalog: thrift://host:port (Hive Metastore) or http(s)://host:port/... (Iceberg REST) "
                    + "(env ICEBERG_CATALOG_URI, HIVE_METASTORE_URI; REST credentials from ICEBERG_CATALOG_TOKEN or "
                    + "ICEBERG_CATALOG_CREDENTIAL).")
    String catalogUri;

    @Option(
            names = "--catalog-warehouse",
            paramLabel = "WAREHOUSE",
            description = "The REST catalog's warehouse (env ICEBERG_CATALOG_WAREHOUSE).")
    String catalogWarehouse;

    @Option(
            names = "--storage",
            paramLabel = "local|s3",
            description = "s3: tables on the embedded S3 server (started as needed); local (default): on this disk.")
    String storage;

    @Option(
            names = "--warehouse",
            paramLabel = "LOCATION",
            description =
                    "Where new tables go, e.g. s3://bucket/prefix (credentials from the AWS variables or profile).")
    String warehouse;

    @Option(
            names = "--s3-endpoint",
            paramLabel = "URL",
            description = "S3-compatible endpoint (env AWS_ENDPOINT_URL_S3, AWS_ENDPOINT_URL).")
    String s3Endpoint;

    @Option(
            names = "--s3-region",
            paramLabel = "REGION",
            description = "S3 region (env AWS_REGION; default us-east-1).")
    String s3Region;

    @Option(
            names = "--s3-path-style",
            arity = "0..1",
            fallbackValue = "true",
            paramLabel = "true|false",
            description = "Path-style S3 addressing (default: on for an IP address or localhost endpoint, as boto3).")
    Boolean s3PathStyle;

    public CatalogChoice choice() {
        if (storage != null && !storage.matches("local|s3")) {
            throw new ConfigException("--storage " + storage + " is neither local nor s3");
        }
        return new CatalogChoice(
                catalog, catalogUri, catalogWarehouse, storage, warehouse, s3Endpoint, s3Region, s3PathStyle);
    }
}
