package io.icebench.engines.duckdb;

import io.icebench.core.config.ObjectStorage;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * The statements that let DuckDB read s3:// files: its httpfs extension loaded from the directory the user
 * gives ({@code -E duckdb.extension_directory=DIR}; it cannot be downloaded on machines without internet) and
 * a secret with the run's storage settings.
 */
final class DuckDbS3 {

    private DuckDbS3() {}

    static List<String> statements(String extensionDirectory, ObjectStorage storage) {
        List<String> sql = new ArrayList<>();
        sql.add("SET autoinstall_known_extensions = false");
        sql.add("SET extension_directory = " + DuckDbEngine.quote(extensionDirectory));
        sql.add("LOAD httpfs");
        if (storage == null) {
            return sql;
        }
        List<String> secret = new ArrayList<>(List.of(
                "TYPE s3",
                "REGION " + DuckDbEngine.quote(storage.regionOrDefault()),
                "URL_STYLE " + DuckDbEngine.quote(storage.pathStyleAccess() ? "path" : "vhost")));
        if (storage.endpoint() != null) {
            URI endpoint = URI.create(storage.endpoint());
            secret.add("ENDPOINT " + DuckDbEngine.quote(endpoint.getAuthority()));
            secret.add("USE_SSL " + !storage.insecure());
        }
        if (storage.accessKeyId() != null) {
            secret.add("KEY_ID " + DuckDbEngine.quote(storage.accessKeyId()));
            secret.add("SECRET " + DuckDbEngine.quote(storage.secretAccessKey()));
        } else {
            secret.add("PROVIDER credential_chain");
        }
        if (storage.sessionToken() != null) {
            secret.add("SESSION_TOKEN " + DuckDbEngine.quote(storage.sessionToken()));
        }
        sql.add("CREATE OR REPLACE SECRET icebench_s3 (" + String.join(", ", secret) + ")");
        return sql;
    }
}
