package io.icebench.catalog.metastore;

import io.icebench.catalog.service.EmbeddedS3;
import io.icebench.catalog.service.S3Access;
import java.net.URI;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;

/**
 * The S3 settings of the embedded metastore, which touches {@code s3://} and {@code s3a://} table and database
 * locations through Hadoop's S3A file system. They come from the data directory's embedded S3 server when it
 * runs, else from the standard AWS variables of the environment, and reach the metastore process through its
 * environment, never its command line.
 */
public final class MetastoreS3 {

    public static final String AWS_DEFAULT_ENDPOINT = "(AWS default endpoint)";
    /** Set in the metastore's environment when its settings are the embedded S3 server's. */
    static final String FROM_EMBEDDED = "ICEBENCH_S3_EMBEDDED";

    static final String PATH_STYLE = "ICEBENCH_S3_PATH_STYLE";
    private static final String S3A = "org.apache.hadoop.fs.s3a.S3AFileSystem";

    private MetastoreS3() {}

    /** The environment to add to the metastore process: the embedded S3 server's settings when it runs. */
    static Map<String, String> environment(Path dataDir) {
        Map<String, String> env = new LinkedHashMap<>();
        Optional<?> running = new EmbeddedS3(dataDir).running();
        if (running.isPresent()) {
            S3Access access = new EmbeddedS3(dataDir).access();
            env.put("AWS_ACCESS_KEY_ID", access.accessKeyId());
            env.put("AWS_SECRET_ACCESS_KEY", access.secretAccessKey());
            env.put("AWS_REGION", access.region());
            env.put("AWS_ENDPOINT_URL_S3", access.endpoint());
            env.put(PATH_STYLE, Boolean.toString(access.pathStyle()));
            env.put(FROM_EMBEDDED, "true");
        }
        return env;
    }

    /** What {@link MetastoreState#s3()} records for a metastore started with {@code env} (its whole environment). */
    static String describe(Map<String, String> env) {
        String endpoint = endpoint(env);
        if (endpoint != null) {
            return endpoint;
        }
        return env.containsKey("AWS_ACCESS_KEY_ID") || env.containsKey("AWS_PROFILE") ? AWS_DEFAULT_ENDPOINT : null;
    }

    /** Sets Hadoop's S3A file system, for both {@code s3://} and {@code s3a://}, from the process environment. */
    static void configure(Configuration conf, Map<String, String> env) {
        conf.set("fs.s3.impl", S3A);
        conf.set("fs.s3a.impl", S3A);
        String endpoint = endpoint(env);
        if (endpoint != null) {
            conf.set("fs.s3a.endpoint", endpoint);
            conf.setBoolean("fs.s3a.connection.ssl.enabled", !endpoint.startsWith("http://"));
            conf.setBoolean("fs.s3a.path.style.access", pathStyle(env, endpoint));
        }
        String region = env.getOrDefault("AWS_REGION", env.get("AWS_DEFAULT_REGION"));
        if (region != null) {
            conf.set("fs.s3a.endpoint.region", region);
        }
        String key = env.get("AWS_ACCESS_KEY_ID");
        String secret = env.get("AWS_SECRET_ACCESS_KEY");
        if (key != null && secret != null) {
            conf.set("fs.s3a.access.key", key);
            conf.set("fs.s3a.secret.key", secret);
            String token = env.containsKey(FROM_EMBEDDED) ? null : env.get("AWS_SESSION_TOKEN");
            if (token != null) {
                conf.set("fs.s3a.session.token", token);
                conf.set("fs.s3a.aws.credentials.provider", "org.apache.hadoop.fs.s3a.TemporaryAWSCredentialsProvider");
            } else {
                conf.set("fs.s3a.aws.credentials.provider", "org.apache.hadoop.fs.s3a.SimpleAWSCredentialsProvider");
            }
        }
    }

    private static String endpoint(Map<String, String> env) {
        String endpoint = env.getOrDefault("AWS_ENDPOINT_URL_S3", env.get("AWS_ENDPOINT_URL"));
        return endpoint == null || endpoint.isBlank() ? null : endpoint.strip();
    }

    /** Path-style unless told otherwise when the endpoint is an IP address or localhost, as boto3 does. */
    private static boolean pathStyle(Map<String, String> env, String endpoint) {
        if (env.containsKey(PATH_STYLE)) {
            return Boolean.parseBoolean(env.get(PATH_STYLE));
        }
        String host = URI.create(endpoint).getHost();
        return host == null || host.equals("localhost") || host.matches("[0-9.]+|\\[.*\\]|.*:.*");
    }
}
