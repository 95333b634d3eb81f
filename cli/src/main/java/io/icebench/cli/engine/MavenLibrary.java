package io.icebench.cli.engine;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * An engine library ({@code group:artifact}s, e.g. {@code org.duckdb:duckdb_jdbc}) at one version, with everything
 * it depends on, resolved by Maven: the checkout's {@code ./mvnw} runs the dependency plugin on a small POM naming
 * the artifacts. The jars' paths are kept in {@code <cache>/library-classpath.txt} beside that POM, written last, so
 * that a later run resolves nothing; a lock keeps two runs from resolving the same folder at once.
 */
final class MavenLibrary {

    static final Duration LIMIT = Duration.ofMinutes(15);
    private static final String DEPENDENCY_PLUGIN = "org.apache.maven.plugins:maven-dependency-plugin:3.8.1";

    /** The jars of the library (empty when {@code reason} says why there are none). */
    record Resolution(List<String> jars, String reason) {
        static Resolution failed(String reason) {
            return new Resolution(List.of(), reason);
        }
    }

    private MavenLibrary() {}

    static Resolution resolve(Path home, String engine, List<String> artifacts, String version) {
        Optional<String> absent = absentVersion(artifacts.get(0), version, engine);
        if (absent.isPresent()) {
            return Resolution.failed(absent.get());
        }
        Path dir = EngineCache.of(engine, version);
        String pom = pom(engine, artifacts, version);
        Path done = dir.resolve("library-classpath.txt");
        try {
            Files.createDirectories(dir);
            try (FileChannel channel = FileChannel.open(
                            dir.resolveSibling(dir.getFileName() + ".lock"),
                            StandardOpenOption.CREATE,
                            StandardOpenOption.WRITE);
                    FileLock lock = channel.lock()) {
                Path pomFile = dir.resolve("pom.xml");
                if (Files.isRegularFile(done)
                        && Files.isRegularFile(pomFile)
                        && Files.readString(pomFile).equals(pom)) {
                    List<String> jars = jars(Files.readString(done));
                    // a Maven repository cleaned since (or another one's paths): resolved again
                    if (jars.stream().allMatch(jar -> Files.isRegularFile(Path.of(jar)))) {
                        return new Resolution(jars, null);
                    }
                }
                Files.deleteIfExists(done);
                Files.writeString(pomFile, pom);
                return runMaven(home, dir, done, String.join(", ", artifacts) + " " + version);
            }
        } catch (IOException e) {
            return Resolution.failed("cannot write the engine cache " + dir + ": " + e.getMessage());
        }
    }

    private static Resolution runMaven(Path home, Path dir, Path done, String what) throws IOException {
        Path mvnw = home.resolve("mvnw");
        if (!Files.isExecutable(mvnw)) {
            return Resolution.failed("no ./mvnw in " + home + " to resolve " + what + " with");
        }
        Path partial = dir.resolve("library-classpath.txt.partial");
        Path log = dir.resolve("maven.log");
        LoggedProcess.Outcome outcome = LoggedProcess.run(
                List.of(
                        mvnw.toString(),
                        "-B",
                        "-q",
                        "-f",
                        dir.resolve("pom.xml").toString(),
                        DEPENDENCY_PLUGIN + ":build-classpath",
                        "-DincludeScope=runtime",
                        "-Dmdep.outputFile=" + partial),
                log,
                LIMIT);
        if (outcome.timedOut()) {
            return Resolution.failed(
                    "Maven did not resolve " + what + " in " + LIMIT.toMinutes() + " min (log " + log + ")");
        }
        if (outcome.exit() != 0 || !Files.isRegularFile(partial)) {
            return Resolution.failed(reason(Files.readAllLines(log, StandardCharsets.UTF_8), log));
        }
        Files.move(partial, done, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        return new Resolution(jars(Files.readString(done)), null);
    }

    /** Maven's reason in one line: a missing artifact is named, anything else is its first error line. */
    static String reason(List<String> mavenOutput, Path log) {
        for (String line : mavenOutput) {
            int missing = line.indexOf("Could not find artifact ");
            if (missing >= 0) {
                String artifact = line.substring(missing + "Could not find artifact ".length())
                        .split(" ")[0];
                return "Maven could not find " + artifact + " in the repositories it uses";
            }
        }
        String first = mavenOutput.stream()
                .filter(l -> l.startsWith("[ERROR]") && l.length() > 8)
                .map(l -> l.substring(7).strip())
                .findFirst()
                .orElse("Maven failed without an error line");
        return "Maven could not resolve it: " + (first.length() > 240 ? first.substring(0, 240) + "…" : first)
                + " (log " + log + ")";
    }

    /** Asks the repository's metadata first: a version it does not list needs no Maven run to be refused. */
    private static Optional<String> absentVersion(String groupArtifact, String version, String engine) {
        return MavenMetadata.versions(groupArtifact, Duration.ofSeconds(10))
                .filter(versions -> !versions.contains(version))
                .map(versions -> "no such version on Maven Central (" + groupArtifact + " lists "
                        + (versions.isEmpty() ? "none" : versions.get(0) + " … " + versions.get(versions.size() - 1))
                        + "; ./icebench engines --versions " + engine + ")");
    }

    static String pom(String engine, List<String> artifacts, String version) {
        StringBuilder pom = new StringBuilder();
        pom.append("<project xmlns=\"http://maven.apache.org/POM/4.0.0\">\n")
                .append("  <modelVersion>4.0.0</modelVersion>\n")
                .append("  <groupId>io.icebench.engine-version</groupId>\n")
                .append("  <artifactId>")
                .append(engine.replaceAll("[^A-Za-z0-9_.-]", "_"))
                .append("</artifactId>\n")
                .append("  <version>")
                .append(version)
                .append("</version>\n  <dependencies>\n");
        for (String artifact : artifacts) {
            String[] ga = artifact.split(":");
            pom.append("    <dependency><groupId>")
                    .append(ga[0])
                    .append("</groupId><artifactId>")
                    .append(ga[1])
                    .append("</artifactId><version>")
                    .append(ga.length > 2 ? ga[2] : version)
                    .append("</version></dependency>\n");
        }
        return pom.append("  </dependencies>\n</project>\n").toString();
    }

    private static List<String> jars(String classpath) {
        return Arrays.stream(classpath.strip().split(java.io.File.pathSeparator))
                .filter(s -> !s.isBlank())
                .toList();
    }
}
