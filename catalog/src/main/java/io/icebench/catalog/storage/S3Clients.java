package io.icebench.catalog.storage;

import io.icebench.catalog.service.S3Access;
import java.net.URI;
import java.time.Duration;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.retries.DefaultRetryStrategy;
import software.amazon.awssdk.services.s3.S3Client;

/** AWS SDK v2 clients for an {@link S3Access}: its endpoint, region, addressing and keys; no retries. */
public final class S3Clients {

    private S3Clients() {}

    /** A client whose calls give up after about {@code timeout}; the caller closes it. */
    public static S3Client of(S3Access access, Duration timeout) {
        var builder = S3Client.builder()
                .region(Region.of(access.region() == null ? S3Access.DEFAULT_REGION : access.region()))
                .credentialsProvider(credentials(access))
                .forcePathStyle(access.pathStyle())
                // s3proxy and other S3-compatible servers do not all know the newer default checksums
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
                .httpClientBuilder(
                        ApacheHttpClient.builder().connectionTimeout(timeout).socketTimeout(timeout))
                .overrideConfiguration(o ->
                        o.retryStrategy(DefaultRetryStrategy.doNotRetry()).apiCallTimeout(timeout.multipliedBy(2)));
        if (access.endpoint() != null) {
            builder.endpointOverride(URI.create(access.endpoint()));
        }
        return builder.build();
    }

    private static AwsCredentialsProvider credentials(S3Access access) {
        if (access.accessKeyId() == null || access.secretAccessKey() == null) {
            return DefaultCredentialsProvider.builder().build();
        }
        return StaticCredentialsProvider.create(
                AwsBasicCredentials.create(access.accessKeyId(), access.secretAccessKey()));
    }
}
