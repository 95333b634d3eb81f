package io.icebench.cli.engine;

import io.icebench.core.config.Settings;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/**
 * Whether a remote engine's server answers, before anything is planned on it: {@code reach-host=ENV:default}
 * and {@code reach-port=ENV:default} (StarRocks), or {@code reach-url=ENV} (Trino), from the environment or
 * {@code benchmark.env}, or the engine's own {@code url}, {@code host}, {@code port} options ({@code -E}), which win.
 * A TCP connect with a short timeout; no login.
 */
public final class RemoteReach {

    private static final int TIMEOUT_MS = 2000;

    private RemoteReach() {}

    /** The reach-* lines of an engine.properties. */
    static Map<String, String> of(Properties p) {
        Map<String, String> reach = new LinkedHashMap<>();
        p.stringPropertyNames().stream()
                .filter(k -> k.startsWith("reach-"))
                .forEach(k -> reach.put(k, p.getProperty(k)));
        if (!reach.isEmpty()) {
            reach.put("name", p.getProperty("name"));
        }
        return reach;
    }

    /**
     * Null when the server answers (or the engine is not remote), else the reason it cannot be used; the
     * engine's options {@code url}, {@code host}, {@code port} win over the environment.
     */
    public static String whyNot(Map<String, String> p, Settings settings, Map<String, String> options) {
        String host;
        int port;
        if (p.containsKey("reach-url")) {
            String variable = p.get("reach-url");
            String url = options.getOrDefault("url", settings.get(variable).orElse(null));
            if (url == null) {
                return variable + " is not set (e.g. jdbc:" + p.get("name") + "://host:8080)";
            }
            URI uri = URI.create(url.startsWith("jdbc:") ? url.substring(5) : url);
            host = uri.getHost();
            port = uri.getPort() > 0 ? uri.getPort() : 8080;
        } else if (p.containsKey("reach-host")) {
            host = options.getOrDefault("host", setting(settings, p.get("reach-host")));
            String portText = options.getOrDefault("port", setting(settings, p.getOrDefault("reach-port", ":0")));
            try {
                port = Integer.parseInt(portText);
            } catch (NumberFormatException e) {
                return p.getOrDefault("reach-port", "port").split(":")[0] + "='" + portText + "' is not a port number";
            }
        } else {
            return null;
        }
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), TIMEOUT_MS);
            return null;
        } catch (UnknownHostException e) {
            return "cannot reach " + host + ":" + port + " (unknown host)";
        } catch (IOException e) {
            return "cannot reach " + host + ":" + port + " ("
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()) + ")";
        }
    }

    /** {@code ENV:default}: the variable's value, else the default. */
    private static String setting(Settings settings, String spec) {
        int colon = spec.indexOf(':');
        return settings.get(spec.substring(0, colon)).orElse(spec.substring(colon + 1));
    }
}
