package io.icebench.core.config;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How to reach the object store that holds the tables' files: endpoint (null: the provider's own), region,
 * addressing and credentials (null: the engine's default chain, e.g. {@code AWS_PROFILE}). Never printed
 * with its secrets: {@link #toString()} and {@link #describe()} leave them out.
 */
public record ObjectStorage(
        String endpoint,
        String region,
        Boolean pathStyle,
        String accessKeyId,
        String secretAccessKey,
        String sessionToken) {

    public static final String DEFAULT_REGION = "us-east-1";

    /**
     * Path-style addressing as set, else as boto3 decides: on for a custom endpoint whose host is an IP
     * address or {@code localhost}, off otherwise.
     */
    public boolean pathStyleAccess() {
        if (pathStyle != null) {
            return pathStyle;
        }
        if (endpoint == null) {
            return false;
        }
        String host = URI.create(endpoint).getHost();
        return host != null && (host.equals("localhost") || host.matches("[0-9.]+") || host.startsWith("["));
    }

    public String regionOrDefault() {
        return region == null ? DEFAULT_REGION : region;
    }

    /** True when the endpoint is plain http (a local S3-compatible server). */
    public boolean insecure() {
        return endpoint != null && endpoint.startsWith("http://");
    }

    /** The file IO that opens {@code s3://}, {@code s3a://} and {@code file:} locations alike. */
    public static final String RESOLVING_FILE_IO = "org.apache.iceberg.io.ResolvingFileIO";

    /** Iceberg's file IO properties for these settings: {@code io-impl}, {@code s3.*}, {@code client.region}. */
    public Map<String, String> icebergProperties() {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("io-impl", RESOLVING_FILE_IO);
        putIfSet(properties, "s3.endpoint", endpoint);
        properties.put("client.region", regionOrDefault());
        properties.put("s3.path-style-access", Boolean.toString(pathStyleAccess()));
        putIfSet(properties, "s3.access-key-id", accessKeyId);
        putIfSet(properties, "s3.secret-access-key", secretAccessKey);
        putIfSet(properties, "s3.session-token", sessionToken);
        return properties;
    }

    /** Where and how, without secrets: {@code s3 endpoint http://127.0.0.1:9000 (path-style, us-east-1, key AKIA…)}. */
    public String describe() {
        return "s3 endpoint " + (endpoint == null ? "(AWS default)" : endpoint) + " ("
                + (pathStyleAccess() ? "path-style" : "virtual-hosted") + ", " + regionOrDefault() + ", "
                + (accessKeyId == null ? "default credentials" : "key " + accessKeyId) + ")";
    }

    @Override
    public String toString() {
        return describe();
    }

    private static void putIfSet(Map<String, String> properties, String key, String value) {
        if (value != null && !value.isBlank()) {
            properties.put(key, value);
        }
    }
}
