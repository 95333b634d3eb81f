package io.icebench.cli.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * The versions an engine can be asked for with {@code --engines NAME@VERSION}: a JVM engine's library as its Maven
 * repository lists it ({@code maven-metadata.xml}), a Python engine's package as pip's index lists it. Each answer
 * waits at most {@link #WAIT}.
 */
public final class EngineVersionList {

    static final Duration WAIT = Duration.ofSeconds(20);

    /** Newest first; {@code reason} says why there is no list. */
    public record Versions(String source, List<String> versions, String reason) {}

    private EngineVersionList() {}

    public static Versions of(Properties declaration) {
        String library = declaration.getProperty("library", "").strip();
        if (library.isEmpty()) {
            return new Versions("-", List.of(), "it runs only at the version icebench was built with");
        }
        if ("python".equals(declaration.getProperty("kind", "jvm"))) {
            return pip(library);
        }
        String artifact = EngineLibrary.split(library).get(0);
        String source = MavenMetadata.repository() + " (" + artifact + ")";
        Optional<List<String>> listed = MavenMetadata.versions(artifact, WAIT);
        return listed.map(v -> new Versions(source, newestFirst(v), null))
                .orElse(new Versions(source, List.of(), "the repository did not answer in " + WAIT.toSeconds() + " s"));
    }

    private static Versions pip(String pkg) {
        String python = System.getenv().getOrDefault("ICEBENCH_PYTHON", "python3");
        String source = "pip's index (" + pkg + ")";
        Path log;
        try {
            log = Files.createTempFile("icebench-pip-versions", ".txt");
        } catch (IOException e) {
            return new Versions(source, List.of(), "cannot write a temporary file: " + e.getMessage());
        }
        try {
            LoggedProcess.Outcome outcome = LoggedProcess.run(
                    List.of(python, "-m", "pip", "index", "versions", pkg, "--retries", "0", "--timeout", "5"),
                    log,
                    WAIT);
            for (String line : Files.readAllLines(log)) {
                if (line.startsWith("Available versions:")) {
                    List<String> versions = Arrays.stream(
                                    line.substring(line.indexOf(':') + 1).split(","))
                            .map(String::strip)
                            .filter(s -> !s.isEmpty())
                            .toList();
                    return new Versions(source, versions, null);
                }
            }
            return new Versions(source, List.of(), "pip listed none: " + outcome.lastLine());
        } catch (IOException e) {
            return new Versions(source, List.of(), "cannot read pip's answer: " + e.getMessage());
        } finally {
            log.toFile().delete();
        }
    }

    private static List<String> newestFirst(List<String> oldestFirst) {
        List<String> copy = new ArrayList<>(oldestFirst);
        Collections.reverse(copy);
        return copy;
    }
}
