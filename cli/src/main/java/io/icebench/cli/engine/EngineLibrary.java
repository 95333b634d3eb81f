package io.icebench.cli.engine;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;

/**
 * What makes a JVM engine a given version: the artifacts its {@code engine.properties} names as its library, e.g.
 * {@code library=org.duckdb:duckdb_jdbc}. A major version may name others ({@code library.4=...}, an entry
 * {@code group:artifact:version} keeps its own version) and drop jars of the module by artifact id
 * ({@code library.4.drops=iceberg-spark-runtime-3.5_2.12}).
 *
 * <p>The worker's classpath at a version is the module's classpath without the jars of the library at the version
 * the module was built with, followed by the library's jars at the requested version. The module's own jars come
 * first, so a version the module pins (as Maven's dependency management would) wins over the library's.
 */
record EngineLibrary(List<String> artifacts, List<String> drops) {

    /** The library of an engine for a version; null when the engine names none. */
    static EngineLibrary of(Properties p, String version) {
        String major = version.split("[.]")[0];
        String artifacts = p.getProperty("library." + major, p.getProperty("library"));
        if (artifacts == null || artifacts.isBlank()) {
            return null;
        }
        return new EngineLibrary(split(artifacts), split(p.getProperty("library." + major + ".drops", "")));
    }

    /** The {@code library=} list, which names the artifacts the module was built with; else {@code orElse}. */
    static EngineLibrary builtDefault(Properties p, EngineLibrary orElse) {
        String artifacts = p.getProperty("library");
        return artifacts == null || artifacts.isBlank() ? orElse : new EngineLibrary(split(artifacts), List.of());
    }

    /** The artifact the version is checked against (its list of versions, and the version the module was built with). */
    String primary() {
        return artifacts.get(0);
    }

    /** The version of the primary artifact on the module's classpath, null when it is not on it. */
    String builtVersion(List<String> moduleJars) {
        String artifactId = primary().split(":")[1];
        for (String jar : moduleJars) {
            Path path = Path.of(jar);
            Path versionDir = path.getParent();
            if (versionDir != null
                    && versionDir.getParent() != null
                    && versionDir.getParent().getFileName().toString().equals(artifactId)
                    && path.getFileName().toString().equals(artifactId + "-" + versionDir.getFileName() + ".jar")) {
                return versionDir.getFileName().toString();
            }
        }
        return null;
    }

    /** The worker's classpath: the module's jars less the built library's and the dropped ones, then the new library. */
    String classpath(List<String> moduleJars, List<String> builtLibrary, List<String> newLibrary) {
        Set<String> builtNames = new LinkedHashSet<>();
        builtLibrary.forEach(jar -> builtNames.add(fileName(jar)));
        List<String> kept = new ArrayList<>();
        Set<String> keptNames = new LinkedHashSet<>();
        for (String jar : moduleJars) {
            String name = fileName(jar);
            if (!builtNames.contains(name) && !dropped(jar)) {
                kept.add(jar);
                keptNames.add(name);
            }
        }
        for (String jar : newLibrary) {
            if (keptNames.add(fileName(jar))) {
                kept.add(jar);
            }
        }
        return String.join(File.pathSeparator, kept);
    }

    private boolean dropped(String jar) {
        Path versionDir = Path.of(jar).getParent();
        return versionDir != null
                && versionDir.getParent() != null
                && drops.contains(versionDir.getParent().getFileName().toString());
    }

    private static String fileName(String jar) {
        return Path.of(jar).getFileName().toString();
    }

    static List<String> split(String text) {
        return Arrays.stream(text.split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }
}
