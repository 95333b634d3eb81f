package io.icebench.cli.command;

import io.icebench.cli.IcebenchContext;
import io.icebench.cli.Main;
import io.icebench.cli.engine.EngineCache;
import io.icebench.cli.engine.EngineRegistry;
import io.icebench.cli.engine.EngineVersionList;
import java.time.Duration;

/** {@code icebench engines --versions ENGINE}: the versions an engine can be asked for, newest first. */
final class EngineVersionsListing {

    private EngineVersionsListing() {}

    static int print(IcebenchContext context, String engine) {
        EngineRegistry registry = context.engines(System.out, Duration.ofSeconds(1));
        EngineVersionList.Versions versions = EngineVersionList.of(registry.declaration(engine));
        if (versions.reason() != null) {
            System.out.println(engine + ": no versions to list: " + versions.reason());
            return Main.FAILURES;
        }
        boolean python = "python".equals(registry.declaration(engine).getProperty("kind"));
        System.out.println(engine + ": " + versions.versions().size() + " versions in " + versions.source()
                + ", newest first (run one with --engines " + engine + "@VERSION; resolved versions are kept in "
                + (python ? "their own venv beside the Python engines' one" : EngineCache.root()) + "):");
        StringBuilder line = new StringBuilder(" ");
        for (String version : versions.versions()) {
            if (line.length() + version.length() > 100) {
                System.out.println(line);
                line = new StringBuilder(" ");
            }
            line.append(' ').append(version);
        }
        System.out.println(line);
        return Main.OK;
    }
}
