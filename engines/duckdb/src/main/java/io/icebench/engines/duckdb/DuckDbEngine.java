package io.icebench.engines.duckdb;

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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.duckdb.DuckDBConnection;

/**
 * DuckDB over JDBC. Each table is a view over exactly the snapshot's data files with its delete files applied
 * ({@link DuckDbScan}; DuckDB's iceberg extension cannot be downloaded offline), named as the worker registers it
 * (the SQL's qualified names are mapped onto that name before the query reaches DuckDB).
 */
public final class DuckDbEngine implements Engine {

    private Connection connection;
    private boolean writesAllowed;
    private boolean lockedDown;
    private final Set<String> readFiles = new LinkedHashSet<>();

    @Override
    public String name() {
        return "duckdb";
    }

    @Override
    public void open(Message.Open session) throws SQLException {
        this.writesAllowed = session.writesAllowed();
        Map<String, String> options = session.options();
        connection = DriverManager.getConnection("jdbc:duckdb:");
        EngineOptions.requireKnown("DuckDB", options, List.of("threads", "memory_limit", "extension_directory"));
        String threads = options.getOrDefault(
                "threads", Integer.toString(Runtime.getRuntime().availableProcessors()));
        if (!threads.matches("[1-9][0-9]*")) {
            throw new IllegalArgumentException(
                    "DuckDB option threads='" + threads + "' is not a positive whole number");
        }
        run("SET threads TO " + threads);
        if (options.containsKey("memory_limit")) {
            run("SET memory_limit = " + quote(options.get("memory_limit")));
        }
        if (options.containsKey("extension_directory")) {
            for (String statement : DuckDbS3.statements(
                    options.get("extension_directory"),
                    session.connection() == null ? null : session.connection().storage())) {
                try {
                    run(statement);
                } catch (SQLException e) {
                    // the statement holds the storage secret: never echo it
                    throw new SQLException(
                            statement.startsWith("CREATE OR REPLACE SECRET")
                                    ? "DuckDB could not create its S3 secret (" + e.getSQLState() + ")"
                                    : "DuckDB cannot read s3:// without httpfs from "
                                            + options.get("extension_directory") + ": "
                                            + e.getMessage().lines().findFirst().orElse(""),
                            e.getSQLState());
                }
            }
        }
    }

    @Override
    public void register(TableSnapshot table) throws SQLException {
        run("CREATE OR REPLACE VIEW " + ident(table.name()) + " AS " + DuckDbScan.of(table));
        readFiles.addAll(DuckDbScan.files(table));
    }

    @Override
    public void execute(String sql, RowConsumer rows) throws SQLException {
        lockDown();
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            JdbcRows.consume(result, rows);
        }
    }

    /** Another connection to the same in-memory database (DuckDB connections are not shared across threads). */
    @Override
    public Engine forConcurrentClient() throws SQLException {
        lockDown();
        DuckDbEngine client = new DuckDbEngine();
        client.lockedDown = true;
        client.connection = connection.unwrap(DuckDBConnection.class).duplicate();
        return client;
    }

    /**
     * Before the first query, unless writes are allowed: DuckDB may open only the files the registered views read
     * (no other file can be written, attached, copied to or exported to), and this cannot be switched back on.
     */
    private synchronized void lockDown() throws SQLException {
        if (writesAllowed || lockedDown) {
            return;
        }
        String files = readFiles.stream().map(DuckDbEngine::quote).collect(Collectors.joining(", "));
        run("SET allowed_paths = [" + files + "]");
        run("SET enable_external_access = false");
        lockedDown = true;
    }

    @Override
    public ErrorKind classify(Throwable error) {
        String message = Errors.message(error);
        if (message.contains("Out of Memory") || message.contains("could not allocate")) {
            return ErrorKind.OOM;
        }
        if (message.startsWith("IO Error")) {
            return ErrorKind.IO;
        }
        if (message.contains("Not implemented")) {
            return ErrorKind.UNSUPPORTED;
        }
        return Engine.super.classify(error);
    }

    @Override
    public String version() {
        try {
            if (connection == null) {
                try (Connection probe = DriverManager.getConnection("jdbc:duckdb:")) {
                    return version(probe);
                }
            }
            return version(connection);
        } catch (SQLException e) {
            return "unknown";
        }
    }

    private static String version(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SELECT version()")) {
            result.next();
            return result.getString(1);
        }
    }

    @Override
    public void close() throws SQLException {
        if (connection != null) {
            connection.close();
        }
    }

    private void run(String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    static String ident(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }

    static String quote(String text) {
        return "'" + text.replace("'", "''") + "'";
    }
}
