package io.icebench.engines.jdbc;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A JDBC connect with a deadline. Drivers' own timeouts do not cover every wait (MySQL Connector/J's
 * {@code connectTimeout} ends at the TCP connect; a server that accepts and never sends its greeting blocks
 * the handshake): the connect runs on a thread of its own, with the driver's login timeout set too, and
 * the caller gets a connection failure (SQL state 08001) at the deadline. A connection that arrives late
 * is closed.
 */
final class ConnectDeadline {

    /** Opens a connection. */
    @FunctionalInterface
    interface Connect {
        Connection open() throws SQLException;
    }

    private ConnectDeadline() {}

    static Connection connect(Connect connect, Duration timeout) throws SQLException {
        DriverManager.setLoginTimeout((int) Math.max(1, Math.min(Integer.MAX_VALUE, timeout.toSeconds())));
        CompletableFuture<Connection> attempt = new CompletableFuture<>();
        Thread connecting = new Thread(
                () -> {
                    try {
                        attempt.complete(connect.open());
                    } catch (Throwable e) {
                        attempt.completeExceptionally(e);
                    }
                },
                "jdbc-connect");
        connecting.setDaemon(true);
        connecting.start();
        try {
            return attempt.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            attempt.thenAccept(ConnectDeadline::closeQuietly);
            connecting.interrupt();
            throw new SQLException(
                    "no answer within the connect timeout of " + timeout.toMillis() + " ms; "
                            + "-E ENGINE.connect_timeout_ms=... waits longer",
                    "08001");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("interrupted while connecting", "08001", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof SQLException sql) {
                throw sql;
            }
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new SQLException(e.getCause());
        }
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // nobody uses it
        }
    }
}
