package io.icebench.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.icebench.catalog.metastore.Ports;
import io.icebench.catalog.service.EmbeddedS3;
import io.icebench.catalog.service.S3Access;
import io.icebench.catalog.service.S3Credentials;
import io.icebench.catalog.storage.S3Clients;
import io.icebench.catalog.storage.S3Probe;
import io.icebench.catalog.storage.StorageAccessException;
import io.icebench.core.model.ErrorKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The embedded S3 server (real s3proxy) through {@code ./icebench s3}: keys in a 0600 file, signed requests
 * work, a wrong secret is {@code auth}, a closed port {@code connection}, a missing bucket one clear line, and
 * stop leaves no process behind.
 */
class EmbeddedS3Test {

    @Test
    void startsChecksSignaturesAndStopsWithoutLeavingAProcess() throws Exception {
        Path dataDir = Files.createDirectories(Cli.WORK.resolve("embedded-s3"));
        Cli.run(dataDir, "s3", "stop", "--force");
        EmbeddedS3 s3 = new EmbeddedS3(dataDir);
        long pid = -1;
        try {
            Cli.Result started = Cli.run(dataDir, "s3", "start", "--port", Integer.toString(Ports.freePort()));
            assertThat(started.exit()).as(started.all()).isZero();
            Matcher m = Pattern.compile("S3 server started: (http://127\\.0\\.0\\.1:\\d+) \\(pid (\\d+)\\)")
                    .matcher(started.out());
            assertThat(m.find()).as(started.out()).isTrue();
            pid = Long.parseLong(m.group(2));
            assertThat(started.out())
                    .contains(
                            "s3://" + EmbeddedS3.BUCKET + "/",
                            s3.credentialsFile().toString());

            S3Access access = s3.access();
            assertThat(access.endpoint()).isEqualTo(m.group(1));
            assertThat(Files.getPosixFilePermissions(s3.credentialsFile())).isEqualTo(S3Credentials.OWNER_ONLY);
            assertThat(access.toString()).doesNotContain(access.secretAccessKey());
            assertThat(started.all()).doesNotContain(access.secretAccessKey());

            try (S3Client client = S3Clients.of(access, Duration.ofSeconds(5))) {
                client.putObject(
                        r -> r.bucket(EmbeddedS3.BUCKET).key("probe/hello.txt"), RequestBody.fromString("hello s3"));
                assertThat(client.getObjectAsBytes(
                                        r -> r.bucket(EmbeddedS3.BUCKET).key("probe/hello.txt"))
                                .asUtf8String())
                        .isEqualTo("hello s3");
            }
            S3Probe.check(access, "s3://" + EmbeddedS3.BUCKET + "/probe");

            S3Access wrongSecret =
                    new S3Access(access.endpoint(), access.region(), true, access.accessKeyId(), "not-the-secret");
            StorageAccessException auth = catchThrowableOfType(
                    StorageAccessException.class,
                    () -> S3Probe.check(wrongSecret, "s3://" + EmbeddedS3.BUCKET + "/wh"));
            assertThat(auth.kind()).isEqualTo(ErrorKind.AUTH);
            assertThat(auth.getMessage()).contains(access.endpoint()).doesNotContain("not-the-secret");

            StorageAccessException missing = catchThrowableOfType(
                    StorageAccessException.class, () -> S3Probe.check(access, "s3://no-such-bucket/wh"));
            assertThat(missing.getMessage())
                    .startsWith("bucket no-such-bucket does not exist at " + access.endpoint())
                    .doesNotContain("\n");

            String closed = "http://127.0.0.1:" + Ports.freePort();
            StorageAccessException connection = catchThrowableOfType(
                    StorageAccessException.class,
                    () -> S3Probe.check(
                            new S3Access(closed, "us-east-1", true, access.accessKeyId(), access.secretAccessKey()),
                            "s3://" + EmbeddedS3.BUCKET + "/wh"));
            assertThat(connection.kind()).isEqualTo(ErrorKind.CONNECTION);
            assertThat(connection.getMessage()).contains(closed).doesNotContain(access.secretAccessKey());

            Cli.Result status = Cli.run(dataDir, "s3", "status");
            assertThat(status.exit()).as(status.all()).isZero();
            assertThat(Files.readString(s3.logFile())).as("s3proxy's log").doesNotContain(access.secretAccessKey());

            Cli.Result stopped = Cli.run(dataDir, "s3", "stop");
            assertThat(stopped.exit()).as(stopped.all()).isZero();
            assertThat(stopped.out()).contains("S3 server stopped (pid " + pid);
            assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive))
                    .as("s3proxy process after stop")
                    .isNotEqualTo(java.util.Optional.of(true));
            assertThat(s3.running()).isEmpty();
            assertThat(Cli.run(dataDir, "s3", "status").exit()).isEqualTo(1);
        } finally {
            s3.stop(true);
        }
    }
}
