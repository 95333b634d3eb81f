package io.icebench.catalog.metastore;

import io.icebench.core.config.ConfigException;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.util.List;

/** Small network checks used before talking Thrift. */
public final class Ports {

    private Ports() {}

    public static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(false);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * The port a service starts on: the one asked for (refused when busy), else {@code preferred} when free,
     * else any free port (said in {@code notes}).
     */
    public static int choose(int requested, int preferred, List<String> notes) {
        if (requested > 0) {
            if (!isFree(requested)) {
                throw new ConfigException("port " + requested + " is in use by another process; "
                        + "choose another with --port, or leave --port out to pick a free one");
            }
            return requested;
        }
        if (isFree(preferred)) {
            return preferred;
        }
        int port = freePort();
        notes.add("port " + preferred + " is busy; using port " + port);
        return port;
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("no free TCP port on 127.0.0.1: " + e.getMessage(), e);
        }
    }

    /** Null when the host:port accepts a TCP connection within the timeout, else the reason. */
    public static String unreachableReason(String host, int port, int timeoutMillis) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), timeoutMillis);
            return null;
        } catch (IOException e) {
            return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        }
    }

    /** Checks a {@code thrift://host:port} URI within a few seconds. */
    public static void requireReachable(String thriftUri) {
        URI uri;
        try {
            uri = URI.create(thriftUri.split(",")[0].strip());
        } catch (IllegalArgumentException e) {
            throw new ConfigException("metastore URI '" + thriftUri + "' is not a URI; expected thrift://host:port");
        }
        if (!"thrift".equals(uri.getScheme()) || uri.getHost() == null || uri.getPort() < 0) {
            throw new ConfigException("metastore URI '" + thriftUri + "' is not of the form thrift://host:port");
        }
        String reason = unreachableReason(uri.getHost(), uri.getPort(), 5000);
        if (reason != null) {
            throw new io.icebench.catalog.MetastoreUnreachableException("cannot reach metastore " + thriftUri + ": "
                    + reason + " (start it with ./icebench metastore start, or fix HIVE_METASTORE_URI)");
        }
    }
}
