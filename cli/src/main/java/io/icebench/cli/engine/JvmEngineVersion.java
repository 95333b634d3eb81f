package io.icebench.cli.engine;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

/** The classpath of a JVM engine's worker at a version other than the one it was built with ({@link EngineLibrary}). */
final class JvmEngineVersion {

    /** A classpath, or why there is none. */
    record Classpath(String classpath, String reason) {}

    private JvmEngineVersion() {}

    static Classpath resolve(Path home, String engine, Properties p, String version, String moduleClasspath) {
        EngineLibrary library = EngineLibrary.of(p, version);
        if (library == null) {
            return new Classpath(null, "its engine.properties names no library= to resolve at another version");
        }
        List<String> moduleJars = EngineLibrary.split(moduleClasspath.replace(File.pathSeparator, ","));
        // another major version may name other artifacts (Spark 4: _2.13): the built one is found by the default list
        EngineLibrary builtDefault = EngineLibrary.builtDefault(p, library);
        String built = builtDefault.builtVersion(moduleJars);
        if (built == null) {
            return new Classpath(null, "cannot tell which version of " + builtDefault.primary() + " it was built with");
        }
        if (built.equals(version)) {
            return new Classpath(moduleClasspath, null);
        }
        MavenLibrary.Resolution wanted = MavenLibrary.resolve(home, engine, library.artifacts(), version);
        if (wanted.reason() != null) {
            return new Classpath(null, wanted.reason());
        }
        EngineLibrary builtLibrary = EngineLibrary.of(p, built);
        MavenLibrary.Resolution present = MavenLibrary.resolve(home, engine, builtLibrary.artifacts(), built);
        if (present.reason() != null) {
            return new Classpath(
                    null, "cannot resolve the built version " + built + " to swap it: " + present.reason());
        }
        return new Classpath(library.classpath(moduleJars, present.jars(), wanted.jars()), null);
    }
}
