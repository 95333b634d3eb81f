package io.icebench.cli.engine;

import io.icebench.core.config.UserCache;
import java.nio.file.Path;
import java.util.Map;

/**
 * Where resolved engine versions are kept, shared by every data directory: {@code $ICEBENCH_ENGINE_CACHE}, else
 * {@code $XDG_CACHE_HOME/icebench/engines}, else {@code ~/.cache/icebench/engines}; one folder per
 * {@code <engine>@<version>}.
 */
public final class EngineCache {

    private EngineCache() {}

    public static Path root() {
        return root(System.getenv(), Path.of(System.getProperty("user.home")));
    }

    static Path root(Map<String, String> environment, Path userHome) {
        String own = environment.get("ICEBENCH_ENGINE_CACHE");
        if (own != null && !own.isBlank()) {
            return Path.of(own);
        }
        return UserCache.dir(environment, userHome).resolve("engines");
    }

    /** The folder of one engine at one version. */
    public static Path of(String engine, String version) {
        return root().resolve(engine + "@" + version);
    }
}
