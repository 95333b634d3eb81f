package io.icebench.engines.jdbc;

import io.icebench.core.protocol.Message;
import io.trino.jdbc.QueryStats;
import io.trino.jdbc.TrinoDriver;
import io.trino.jdbc.TrinoResultSet;
import java.net.URI;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.Set;

/**
 * Trino over its JDBC driver: {@code url} (TRINO_URL), {@code user} (TRINO_USER), {@code catalog}
 * (TRINO_CATALOG, default iceberg), the Trino catalog of the Iceberg connector on the same metastore. Trino
 * reports each query's peak memory and CPU time; they are kept with every iteration.
 */
public final class TrinoEngine extends JdbcEngine {

    private Map<String, Number> stats = Map.of();

    @Override
    public String name() {
        return "trino";
    }

    @Override
    protected Set<String> optionNames() {
        return Set.of("url", "user", "password", "catalog", "connect_timeout_ms");
    }

    @Override
    protected Connection connect(Message.Open session) throws SQLException {
        String url = options.get("url");
        if (url == null) {
            throw new IllegalArgumentException("no Trino URL: set TRINO_URL (e.g. jdbc:trino://host:8080)");
        }
        return open(url, "icebench", "Trino", () -> {
            URI where = URI.create(url.substring("jdbc:".length()));
            return where.getHost() + ":" + where.getPort();
        });
    }

    @Override
    protected String remoteCatalog(Message.Open session) {
        return options.getOrDefault("catalog", "iceberg");
    }

    @Override
    protected void prepare(Message.Open session) throws SQLException {
        run("USE \"" + remoteCatalog(session) + "\".\"" + session.defaultNamespace() + "\"");
    }

    @Override
    protected void collectStats(ResultSet result) throws SQLException {
        QueryStats q = result.unwrap(TrinoResultSet.class).getStats();
        stats = Map.of(
                "peak_memory_bytes",
                q.getPeakMemoryBytes(),
                "cpu_ms",
                q.getCpuTimeMillis(),
                "wall_ms",
                q.getWallTimeMillis());
    }

    @Override
    public Map<String, Number> lastQueryStats() {
        return stats;
    }

    @Override
    protected String driverVersion() {
        return "trino-jdbc " + TrinoDriver.class.getPackage().getImplementationVersion();
    }
}
