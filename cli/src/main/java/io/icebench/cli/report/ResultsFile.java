package io.icebench.cli.report;

import io.icebench.core.config.ConfigException;
import io.icebench.core.protocol.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The final results file, written atomically (a temporary file of this run's own, then rename). */
public final class ResultsFile {

    private final Path path;

    public ResultsFile(Path path) {
        this.path = path.toAbsolutePath();
    }

    public Path path() {
        return path;
    }

    /** The JSON Lines file beside it: {@code benchmark_results.jsonl} for {@code benchmark_results.json}. */
    public Path jsonLines() {
        return jsonLinesOf(path);
    }

    public static Path jsonLinesOf(Path results) {
        String name = results.getFileName().toString();
        String base = name.endsWith(".json") ? name.substring(0, name.length() - 5) : name;
        return results.resolveSibling(base + ".jsonl");
    }

    /**
     * Fails before any engine runs when the results cannot be written: the directory is not writable, or the
     * file (or the JSON Lines file beside it) exists and is not a regular file.
     */
    public void checkWritable() {
        Path dir = path.getParent();
        OutputTargets.require(path, "--output");
        OutputTargets.require(jsonLines(), "--output");
        try {
            Files.createDirectories(dir);
            Path probe = Files.createTempFile(dir, ".icebench-write-check", ".tmp");
            Files.delete(probe);
        } catch (IOException | SecurityException e) {
            throw new ConfigException("cannot write results to " + path + " (" + e.getMessage()
                    + "); choose a writable place with --output");
        }
    }

    /** Writes any results record (a benchmark's, a scale run's) atomically; a failure names the file. */
    public void write(Object results) throws IOException {
        OutputTargets.replace(
                path, out -> Json.MAPPER.writerWithDefaultPrettyPrinter().writeValue(out, results));
    }
}
