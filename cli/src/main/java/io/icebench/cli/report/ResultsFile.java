package io.icebench.cli.report;

import io.icebench.core.config.ConfigException;
import io.icebench.core.model.BenchmarkResults;
import io.icebench.core.protocol.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** The final results file, written atomically (temporary file, then rename). */
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
        String name = path.getFileName().toString();
        String base = name.endsWith(".json") ? name.substring(0, name.length() - 5) : name;
        return path.resolveSibling(base + ".jsonl");
    }

    /** Fails before any engine runs when the results cannot be written. */
    public void checkWritable() {
        Path dir = path.getParent();
        try {
            Files.createDirectories(dir);
            Path probe = Files.createTempFile(dir, ".icebench-write-check", ".tmp");
            Files.delete(probe);
        } catch (IOException | SecurityException e) {
            throw new ConfigException("cannot write results to " + path + " (" + e.getMessage()
                    + "); choose a writable place with --output");
        }
        if (Files.isDirectory(path)) {
            throw new ConfigException("--output " + path + " is a directory; give a file name such as results.json");
        }
    }

    /** Writes any results record (a benchmark's, a scale run's) atomically. */
    public void write(Object results) throws IOException {
        Path tmp = path.resolveSibling("." + path.getFileName() + ".tmp");
        Json.MAPPER.writerWithDefaultPrettyPrinter().writeValue(tmp.toFile(), results);
        Files.move(tmp, path, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    public static BenchmarkResults read(Path path) throws IOException {
        return Json.MAPPER.readValue(path.toFile(), BenchmarkResults.class);
    }
}
