package io.icebench.catalog.service;

import io.icebench.core.config.ConfigException;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The s3proxy server process of the embedded S3 server: s3proxy's own runnable jar (built into
 * {@code services/s3proxy/target/s3proxy.jar}), its filesystem backend, SigV2/SigV4 signatures checked,
 * listening on 127.0.0.1 only.
 */
final class S3ProxyProcess {

    static final String SERVICE = "S3 server";
    static final Duration START_TIMEOUT = Duration.ofSeconds(60);
    private static final String JAR = "services/s3proxy/target/s3proxy.jar";
    private final Path serviceDir;
    private final Path logFile;

    S3ProxyProcess(Path serviceDir, Path logFile) {
        this.serviceDir = serviceDir;
        this.logFile = logFile;
    }

    /** Starts s3proxy on {@code port}; its configuration, with the secret key, goes to a file only the owner reads. */
    Process launch(int port, S3Credentials credentials, Path objects) {
        Path jar = locateJar();
        Path config = serviceDir.resolve("s3proxy.properties");
        Properties properties = new Properties();
        properties.setProperty("s3proxy.endpoint", "http://127.0.0.1:" + port);
        properties.setProperty("s3proxy.authorization", "aws-v2-or-v4");
        properties.setProperty("s3proxy.identity", credentials.accessKeyId());
        properties.setProperty("s3proxy.credential", credentials.secretAccessKey());
        properties.setProperty("jclouds.provider", "filesystem");
        properties.setProperty("jclouds.filesystem.basedir", objects.toString());
        try {
            Files.createDirectories(objects);
            Files.createDirectories(logFile.getParent());
            StringWriter text = new StringWriter();
            properties.store(text, "written by icebench at each start of the embedded S3 server");
            S3Credentials.writeOwnerOnly(config, text.toString().getBytes(StandardCharsets.ISO_8859_1));
        } catch (IOException e) {
            throw new ConfigException("cannot write the S3 server's files under " + serviceDir + ": " + e.getMessage()
                    + " (set ICEBENCH_DATA_DIR to a writable directory)");
        }
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = List.of(
                java,
                "-Xmx512m",
                "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1",
                "-Dicebench.role=s3proxy",
                "-Dlogback.statusListenerClass=ch.qos.logback.core.status.NopStatusListener",
                "-jar",
                jar.toString(),
                "--properties",
                config.toString());
        return ServiceProcess.launch(SERVICE, command, logFile, Map.of("LOG_LEVEL", "info"));
    }

    void awaitReady(Process process, int port) {
        ServiceProcess.awaitPort(SERVICE, process, port, START_TIMEOUT, logFile);
    }

    /** {@code services/s3proxy/target/s3proxy.jar} under icebench's home (or the working directory or a parent of it). */
    static Path locateJar() {
        String home = System.getProperty("icebench.home");
        Path start = home != null ? Path.of(home) : Path.of("").toAbsolutePath();
        for (Path dir = start.toAbsolutePath(); dir != null; dir = home != null ? null : dir.getParent()) {
            Path jar = dir.resolve(JAR);
            if (Files.isRegularFile(jar)) {
                return jar;
            }
        }
        throw new ConfigException("the S3 server is not built: " + start.resolve(JAR)
                + " is missing; build it with ./mvnw -B -DskipTests package");
    }
}
