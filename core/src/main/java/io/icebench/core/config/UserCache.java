package io.icebench.core.config;

import java.nio.file.Path;
import java.util.Map;

/** icebench's folder in the user's cache, shared by every data directory: {@code $XDG_CACHE_HOME/icebench}, else {@code ~/.cache/icebench}. */
public final class UserCache {

    private UserCache() {}

    public static Path dir() {
        return dir(System.getenv(), Path.of(System.getProperty("user.home")));
    }

    public static Path dir(Map<String, String> environment, Path userHome) {
        String xdg = environment.get("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : userHome.resolve(".cache");
        return base.resolve("icebench");
    }
}
