package io.icebench.catalog.storage;

import io.icebench.catalog.metastore.Ports;
import io.icebench.catalog.service.S3Access;
import io.icebench.core.config.ConfigException;
import io.icebench.core.model.ErrorKind;
import java.net.URI;
import java.time.Duration;
import java.util.Set;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Checks within a few seconds that an S3 location can be used: the endpoint answers, the keys are accepted
 * and the bucket exists. Each failure is one line naming the endpoint, never the secret key.
 */
public final class S3Probe {

    private static final Duration TIMEOUT = Duration.ofSeconds(5);
    private static final Set<String> KEY_ERRORS = Set.of(
            "SignatureDoesNotMatch",
            "InvalidAccessKeyId",
            "InvalidToken",
            "ExpiredToken",
            "AccessDenied",
            "InvalidSecurity",
            "AuthorizationHeaderMalformed");

    private S3Probe() {}

    /** @param location {@code s3://bucket/prefix} or {@code s3a://bucket/prefix} */
    public static void check(S3Access access, String location) {
        String bucket = bucketOf(location);
        String endpoint = access.endpoint() == null ? "the AWS S3 endpoint of " + access.region() : access.endpoint();
        if (access.endpoint() != null) {
            requireReachable(access.endpoint());
        }
        try (S3Client client = S3Clients.of(access, TIMEOUT)) {
            client.listObjectsV2(
                    r -> r.bucket(bucket).prefix(prefixOf(location)).maxKeys(1));
        } catch (S3Exception e) {
            String code =
                    e.awsErrorDetails() == null ? null : e.awsErrorDetails().errorCode();
            if (e.statusCode() == 404 || "NoSuchBucket".equals(code)) {
                throw new StorageAccessException(
                        ErrorKind.SETUP,
                        "bucket " + bucket + " does not exist at " + endpoint
                                + "; create it or fix the warehouse location " + location);
            }
            if (e.statusCode() == 401 || e.statusCode() == 403 || KEY_ERRORS.contains(code)) {
                throw new StorageAccessException(
                        ErrorKind.AUTH,
                        endpoint + " refused the S3 keys (" + (code == null ? "HTTP " + e.statusCode() : code)
                                + ") for bucket " + bucket + " with access key id "
                                + access.accessKeyId()
                                + "; check AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY or the catalog's s3.* keys");
            }
            throw new StorageAccessException(
                    ErrorKind.IO,
                    "cannot list " + location + " at " + endpoint + ": "
                            + (code == null ? "HTTP " + e.statusCode() : code));
        } catch (SdkClientException e) {
            throw new StorageAccessException(
                    ErrorKind.CONNECTION, "cannot reach S3 endpoint " + endpoint + ": " + firstLine(e.getMessage()));
        }
    }

    /**
     * An S3 failure met while reading a table (planning, metadata) as one line of kind auth or connection;
     * null when {@code error} did not come from S3.
     */
    public static StorageAccessException explain(Throwable error, String endpoint) {
        String where = endpoint == null ? "the AWS S3 endpoint" : "S3 endpoint " + endpoint;
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof S3Exception e) {
                String code =
                        e.awsErrorDetails() == null ? null : e.awsErrorDetails().errorCode();
                if (e.statusCode() == 401 || e.statusCode() == 403 || KEY_ERRORS.contains(code)) {
                    return new StorageAccessException(
                            ErrorKind.AUTH,
                            where + " refused the S3 keys (" + (code == null ? "HTTP " + e.statusCode() : code)
                                    + "); check AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY or "
                                    + "the catalog's s3.* keys");
                }
                return null;
            }
            if (t instanceof SdkClientException e) {
                return new StorageAccessException(
                        ErrorKind.CONNECTION, "cannot reach " + where + ": " + firstLine(e.getMessage()));
            }
        }
        return null;
    }

    static String bucketOf(String location) {
        URI uri = parse(location);
        return uri.getHost() != null ? uri.getHost() : uri.getAuthority();
    }

    static String prefixOf(String location) {
        String path = parse(location).getPath();
        return path == null || path.length() <= 1 ? "" : path.substring(1);
    }

    private static URI parse(String location) {
        URI uri;
        try {
            uri = URI.create(location);
        } catch (IllegalArgumentException e) {
            throw new ConfigException("'" + location + "' is not a location; expected s3://bucket/prefix");
        }
        if (!Set.of("s3", "s3a").contains(String.valueOf(uri.getScheme())) || uri.getAuthority() == null) {
            throw new ConfigException("'" + location + "' is not an S3 location; expected s3://bucket/prefix");
        }
        return uri;
    }

    private static void requireReachable(String endpoint) {
        URI uri;
        try {
            uri = URI.create(endpoint);
        } catch (IllegalArgumentException e) {
            throw new ConfigException("S3 endpoint '" + endpoint + "' is not a URL; expected http(s)://host:port");
        }
        if (uri.getHost() == null || !Set.of("http", "https").contains(String.valueOf(uri.getScheme()))) {
            throw new ConfigException("S3 endpoint '" + endpoint + "' is not of the form http(s)://host:port");
        }
        int port = uri.getPort() >= 0 ? uri.getPort() : "https".equals(uri.getScheme()) ? 443 : 80;
        String reason = Ports.unreachableReason(uri.getHost(), port, (int) TIMEOUT.toMillis());
        if (reason != null) {
            throw new StorageAccessException(
                    ErrorKind.CONNECTION, "cannot reach S3 endpoint " + endpoint + ": " + reason);
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "(no message)";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
