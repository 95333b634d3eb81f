package io.icebench.engines.jdbc;

import com.mysql.cj.Constants;
import io.icebench.core.protocol.Message;
import java.net.URI;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;

/**
 * StarRocks over the MySQL protocol (MySQL Connector/J). With {@code catalog} (STARROCKS_CATALOG) the session
 * switches to that external Iceberg catalog, created on the run's metastore first when it is missing and
 * {@code create_catalog} is true; without it, the server's own databases are queried (as with MariaDB).
 */
public final class StarRocksEngine extends JdbcEngine {

    @Override
    public String name() {
        return "starrocks";
    }

    @Override
    protected Set<String> optionNames() {
        return Set.of("host", "port", "user", "password", "catalog", "create_catalog", "connect_timeout_ms");
    }

    private String where() {
        return options.getOrDefault("host", "127.0.0.1") + ":" + options.getOrDefault("port", "9030");
    }

    @Override
    protected Connection connect(Message.Open session) throws SQLException {
        String timeout = options.getOrDefault("connect_timeout_ms", "10000");
        String url = "jdbc:mysql://" + where() + "/?connectTimeout=" + timeout + "&socketTimeout=0&useSSL=false"
                + "&allowPublicKeyRetrieval=true&useCursorFetch=false";
        return open(url, "root", "StarRocks", this::where);
    }

    @Override
    protected String remoteCatalog(Message.Open session) {
        return options.get("catalog");
    }

    @Override
    protected void prepare(Message.Open session) throws SQLException {
        String catalog = options.get("catalog");
        if (catalog != null) {
            if (!catalogExists(catalog)) {
                if (!Boolean.parseBoolean(options.getOrDefault("create_catalog", "false"))) {
                    throw new SQLException(
                            "StarRocks has no catalog '" + catalog + "'; create it, or pass "
                                    + "--starrocks-create-catalog to make it on "
                                    + session.connection().describe(),
                            "42000");
                }
                requireReachableMetastore(session.connection().uri());
                run("CREATE EXTERNAL CATALOG `" + catalog.replace("`", "``") + "` "
                        + StarRocksCatalogProperties.sql(StarRocksCatalogProperties.of(session.connection())));
            }
            run("SET CATALOG `" + catalog.replace("`", "``") + "`");
        }
        try {
            run("USE `" + session.defaultNamespace().replace("`", "``") + "`");
        } catch (SQLException e) {
            // no default database there: qualified names still work
        }
    }

    private boolean catalogExists(String catalog) throws SQLException {
        try (Statement s = connection.createStatement();
                ResultSet r = s.executeQuery("SHOW CATALOGS")) {
            while (r.next()) {
                if (r.getString(1).equalsIgnoreCase(catalog)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A metastore on this machine's loopback cannot be reached from a StarRocks elsewhere: say so first. */
    private void requireReachableMetastore(String metastoreUri) throws SQLException {
        String host = options.getOrDefault("host", "127.0.0.1");
        String metastoreHost = URI.create(metastoreUri).getHost();
        if (isLoopback(metastoreHost) && !isLoopback(host)) {
            throw new SQLException(
                    "the metastore " + metastoreUri + " listens on this machine's loopback only; " + "StarRocks at "
                            + where() + " cannot reach it: set HIVE_METASTORE_URI to an address it can reach",
                    "08004");
        }
    }

    private static boolean isLoopback(String host) {
        return host == null || host.equals("localhost") || host.startsWith("127.") || host.equals("::1");
    }

    @Override
    protected String driverVersion() {
        return "MySQL Connector/J " + Constants.CJ_VERSION;
    }
}
