package io.icebench.engines.jdbc;

import io.icebench.core.model.ErrorKind;
import io.icebench.core.model.TableSnapshot;
import io.icebench.core.protocol.Message;
import io.icebench.worker.Engine;
import io.icebench.worker.EngineOptions;
import io.icebench.worker.Errors;
import io.icebench.worker.JdbcRows;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.function.Supplier;

/**
 * A remote engine reached over JDBC. The engine reads the tables through its own catalog; the worker maps icebench's
 * catalog name in the SQL ({@code warehouse.tpch.lineitem}) onto the engine's ({@link #catalogName}), or drops it when
 * the engine's session already points at it. Nothing runs locally but the client, so no memory is measured here.
 */
abstract class JdbcEngine implements Engine {

    protected Connection connection;
    protected Map<String, String> options = Map.of();

    /** The options this engine takes; any other is refused at set-up. */
    protected abstract Set<String> optionNames();

    /** Opens the connection (a failure to reach the server names host and port). */
    protected abstract Connection connect(Message.Open session) throws SQLException;

    /** The engine's catalog the SQL's catalog name maps onto, or null to drop the prefix. */
    protected abstract String remoteCatalog(Message.Open session);

    /** Session set-up after connecting: catalog, default schema. */
    protected void prepare(Message.Open session) throws SQLException {}

    @Override
    public void open(Message.Open session) throws SQLException {
        options = session.options();
        EngineOptions.requireKnown(
                name(), options, optionNames().stream().sorted().toList());
        connection = connect(session);
        prepare(session);
        if (!session.writesAllowed()) {
            readOnly();
        }
    }

    /**
     * A hint that drivers pass on as they can (MySQL protocol: {@code SET SESSION TRANSACTION READ ONLY}; Trino:
     * read-only transactions); one that refuses it leaves the coordinator's read-only check in charge alone.
     */
    private void readOnly() {
        try {
            connection.setReadOnly(true);
        } catch (SQLException e) {
            System.err.println("icebench: " + name() + " does not take a read-only session (" + e.getMessage()
                    + "); the coordinator's read-only check still applies");
        }
    }

    /** The engine reads the catalog itself; the coordinator's snapshot is not imposed on it. */
    @Override
    public void register(TableSnapshot table) {}

    @Override
    public String catalogName(Message.Open session) {
        return remoteCatalog(session);
    }

    @Override
    public void execute(String sql, RowConsumer rows) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            JdbcRows.consume(result, rows);
            collectStats(result);
        }
    }

    /** Engines that report their own figures for a query (Trino) read them here, after the last row. */
    protected void collectStats(ResultSet result) throws SQLException {}

    /** user and password from the options, the user defaulting to {@code defaultUser} (none when null). */
    protected Properties credentials(String defaultUser) {
        Properties properties = new Properties();
        String user = options.getOrDefault("user", defaultUser);
        if (user != null) {
            properties.setProperty("user", user);
        }
        if (options.containsKey("password")) {
            properties.setProperty("password", options.get("password"));
        }
        return properties;
    }

    protected void run(String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    @Override
    public ErrorKind classify(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof SQLException e) {
                String state = e.getSQLState() == null ? "" : e.getSQLState();
                String text = String.valueOf(e.getMessage());
                if (state.startsWith("28")
                        || text.contains("Access denied")
                        || text.contains("Authentication failed")) {
                    return ErrorKind.AUTH;
                }
                if (state.startsWith("08")) {
                    return ErrorKind.CONNECTION;
                }
            }
        }
        return Engine.super.classify(error);
    }

    @Override
    public String message(Throwable error) {
        String message = Errors.message(error);
        return message.lines()
                .map(String::strip)
                .filter(l -> !l.isEmpty())
                .findFirst()
                .orElse(message);
    }

    @Override
    public String version() {
        try {
            if (connection != null) {
                return connection.getMetaData().getDatabaseProductName() + " "
                        + connection.getMetaData().getDatabaseProductVersion();
            }
        } catch (SQLException ignored) {
            // fall through to the driver's version
        }
        return driverVersion() + " (server not connected yet)";
    }

    protected abstract String driverVersion();

    @Override
    public void close() throws SQLException {
        if (connection != null) {
            connection.close();
        }
    }

    /** "cannot reach NAME at host:port (first line of the driver's message)", as a connection failure. */
    static SQLException unreachable(String engine, String where, SQLException cause) {
        String first = cause.getMessage() == null
                ? cause.getClass().getSimpleName()
                : cause.getMessage().lines().findFirst().orElse("");
        return new SQLException("cannot reach " + engine + " at " + where + " (" + first + ")", "08001", cause);
    }

    static boolean isConnectionFailure(SQLException e) {
        return e.getSQLState() != null && e.getSQLState().startsWith("08")
                || e.getMessage() != null && e.getMessage().contains("Connection refused");
    }

    /**
     * Connects to {@code url} as the options' user (or {@code defaultUser}); a failure to reach the server says
     * "cannot reach ENGINE at WHERE". The connect has a deadline ({@code connect_timeout_ms}, 10 s by default):
     * a server that accepts the connection and never answers is a connection failure, not a hang.
     */
    protected Connection open(String url, String defaultUser, String engine, Supplier<String> where)
            throws SQLException {
        Duration timeout = connectTimeout();
        try {
            return ConnectDeadline.connect(() -> DriverManager.getConnection(url, credentials(defaultUser)), timeout);
        } catch (SQLException e) {
            throw isConnectionFailure(e) ? unreachable(engine, where.get(), e) : e;
        }
    }

    /** {@code connect_timeout_ms} from the options, 10 s when not given. */
    protected Duration connectTimeout() {
        String value = options.getOrDefault("connect_timeout_ms", "10000");
        try {
            return Duration.ofMillis(Long.parseLong(value.strip()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("connect_timeout_ms '" + value + "' is not a number of milliseconds");
        }
    }
}
