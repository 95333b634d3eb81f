package io.icebench.catalog.service;

import io.icebench.core.config.ObjectStorage;
import io.icebench.core.config.Secrets;

/**
 * How to reach an S3-compatible store: endpoint, region, addressing and keys. {@link #toString()} never shows
 * the secret key.
 *
 * @param endpoint  {@code http(s)://host:port}, or null for AWS's own endpoint of the region
 * @param pathStyle true for {@code http://host/bucket/key} addressing instead of {@code http://bucket.host/key}
 */
public record S3Access(String endpoint, String region, boolean pathStyle, String accessKeyId, String secretAccessKey) {

    public static final String DEFAULT_REGION = "us-east-1";

    /** The same settings as the object storage of a catalog connection. */
    public ObjectStorage storage() {
        return new ObjectStorage(endpoint, region, pathStyle, accessKeyId, secretAccessKey, null);
    }

    @Override
    public String toString() {
        return "S3Access[endpoint=" + endpoint + ", region=" + region + ", pathStyle=" + pathStyle + ", accessKeyId="
                + accessKeyId + ", secretAccessKey=" + (secretAccessKey == null ? null : Secrets.MASK) + "]";
    }
}
