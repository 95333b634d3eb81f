package io.icebench.engines.jdbc;

import io.icebench.core.config.Secrets;
import io.icebench.core.protocol.Message;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.util.ServiceLoader;
import java.util.Set;

/**
 * Any engine with a JDBC driver: {@code url}, {@code user}, {@code password}, and {@code catalog} (the engine's
 * name for the catalog the SQL names; without it the catalog prefix is dropped). The driver jar
 * ({@code driver_jar}) is put on this worker's classpath by the coordinator.
 */
public final class GenericJdbcEngine extends JdbcEngine {

    @Override
    public String name() {
        return "jdbc";
    }

    @Override
    protected Set<String> optionNames() {
        return Set.of("url", "user", "password", "catalog", "connect_timeout_ms");
    }

    @Override
    protected Connection connect(Message.Open session) throws SQLException {
        String url = options.get("url");
        if (url == null) {
            throw new IllegalArgumentException("no JDBC URL: --jdbc NAME=jdbc:... or -E NAME.url=jdbc:...");
        }
        return open(url, null, "the JDBC engine", () -> Secrets.maskText(url));
    }

    @Override
    protected String remoteCatalog(Message.Open session) {
        return options.get("catalog");
    }

    @Override
    protected String driverVersion() {
        for (Driver driver : ServiceLoader.load(Driver.class)) {
            if (!driver.getClass().getName().startsWith("com.mysql")
                    && !driver.getClass().getName().startsWith("io.trino")) {
                return driver.getClass().getName() + " " + driver.getMajorVersion() + "." + driver.getMinorVersion();
            }
        }
        return "JDBC";
    }
}
