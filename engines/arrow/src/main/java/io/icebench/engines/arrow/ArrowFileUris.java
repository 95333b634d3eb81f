package io.icebench.engines.arrow;

import io.icebench.core.config.ObjectStorage;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** A data file as the URI Arrow's file-system factory opens: local paths as file://, S3 with the run's settings. */
final class ArrowFileUris {

    private ArrowFileUris() {}

    static String of(String path, ObjectStorage storage) {
        if (!path.startsWith("s3://") && !path.startsWith("s3a://")) {
            return path.contains("://") ? path : "file://" + path;
        }
        String rest = path.substring(path.indexOf("://") + 3);
        StringBuilder uri = new StringBuilder("s3://");
        if (storage != null && storage.accessKeyId() != null) {
            uri.append(encode(storage.accessKeyId()))
                    .append(':')
                    .append(encode(storage.secretAccessKey()))
                    .append('@');
        }
        uri.append(rest)
                .append("?region=")
                .append(encode(storage == null ? ObjectStorage.DEFAULT_REGION : storage.regionOrDefault()));
        if (storage != null && storage.endpoint() != null) {
            URI endpoint = URI.create(storage.endpoint());
            uri.append("&scheme=")
                    .append(endpoint.getScheme())
                    .append("&endpoint_override=")
                    .append(encode(endpoint.getAuthority()));
        }
        if (storage != null && !storage.pathStyleAccess() && storage.endpoint() != null) {
            uri.append("&force_virtual_addressing=true");
        }
        return uri.toString();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
