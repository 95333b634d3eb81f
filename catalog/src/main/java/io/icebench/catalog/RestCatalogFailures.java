package io.icebench.catalog;

import io.icebench.catalog.metastore.Ports;
import io.icebench.core.config.CatalogConnection;
import io.icebench.core.config.CatalogKind;
import io.icebench.core.config.ConfigException;
import io.icebench.core.model.ErrorKind;
import java.net.URI;
import java.util.function.Supplier;
import org.apache.iceberg.exceptions.ForbiddenException;
import org.apache.iceberg.exceptions.NotAuthorizedException;
import org.apache.iceberg.exceptions.RESTException;
import org.apache.iceberg.exceptions.ServiceUnavailableException;

/** A REST catalog's failures told as one line: unreachable is {@code connection}, 401 and 403 are {@code auth}. */
final class RestCatalogFailures {

    private static final String CREDENTIALS_HINT = "set ICEBERG_CATALOG_TOKEN or ICEBERG_CATALOG_CREDENTIAL "
            + "(client_id:client_secret), or token/credential in the PyIceberg catalog definition";

    private RestCatalogFailures() {}

    static <T> T translate(CatalogConnection connection, Supplier<T> action) {
        if (connection.kind() != CatalogKind.REST) {
            return action.get();
        }
        String where = "REST catalog " + connection.uri();
        requireReachable(connection.uri(), where);
        try {
            return action.get();
        } catch (NotAuthorizedException e) {
            throw new ServiceFailure(
                    ErrorKind.AUTH,
                    where + " refused the request as not authorized (401: " + e.getMessage() + "); "
                            + CREDENTIALS_HINT);
        } catch (ForbiddenException e) {
            throw new ServiceFailure(
                    ErrorKind.AUTH, where + " forbids this request (403: " + e.getMessage() + "); " + CREDENTIALS_HINT);
        } catch (ServiceUnavailableException e) {
            throw new ServiceFailure(ErrorKind.CONNECTION, where + " is unavailable: " + e.getMessage());
        } catch (RESTException e) {
            throw new ServiceFailure(ErrorKind.CONNECTION, where + " failed: " + e.getMessage());
        }
    }

    private static void requireReachable(String uri, String where) {
        URI parsed;
        try {
            parsed = URI.create(uri);
        } catch (IllegalArgumentException e) {
            throw new ConfigException("REST catalog URI '" + uri + "' is not a URI; expected http(s)://host:port/...");
        }
        if (parsed.getHost() == null) {
            throw new ConfigException("REST catalog URI '" + uri + "' has no host; expected http(s)://host:port/...");
        }
        int port = parsed.getPort() >= 0 ? parsed.getPort() : "https".equals(parsed.getScheme()) ? 443 : 80;
        String reason = Ports.unreachableReason(parsed.getHost(), port, 5000);
        if (reason != null) {
            throw new ServiceFailure(
                    ErrorKind.CONNECTION,
                    "cannot reach " + where + ": " + reason
                            + " (start the embedded one with ./icebench rest start, or fix ICEBERG_CATALOG_URI)");
        }
    }
}
