package io.icebench.cli.report;

import com.fasterxml.jackson.databind.JsonNode;
import io.icebench.cli.run.RunSummary;
import io.icebench.cli.scale.ScaleResults;
import io.icebench.core.config.ConfigException;
import io.icebench.core.model.BenchmarkResults;
import io.icebench.core.protocol.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A results file read back into its records: a run's ({@code engines}) or a scale run's ({@code levels}),
 * exactly one of the two not null.
 */
public record StoredResults(BenchmarkResults run, ScaleResults scale) {

    /** Reads {@code file}; a file that is missing, not JSON or not icebench's is a usage error naming it. */
    public static StoredResults read(Path file) {
        if (!Files.isReadable(file)) {
            throw new ConfigException("cannot read " + file + "; give a results file written by icebench run or scale");
        }
        byte[] bytes;
        JsonNode tree;
        try {
            bytes = Files.readAllBytes(file);
            tree = Json.MAPPER.readTree(bytes);
        } catch (IOException e) {
            throw new ConfigException(file + " is not valid JSON: "
                    + e.getMessage().lines().findFirst().orElse(""));
        }
        // the records are read from the text, not the tree: a tree drops a decimal's trailing zeros (380456.00)
        try {
            if (tree != null && tree.has("engines")) {
                return new StoredResults(underTodaysRules(Json.MAPPER.readValue(bytes, BenchmarkResults.class)), null);
            }
            if (tree != null && tree.has("levels")) {
                return new StoredResults(null, Json.MAPPER.readValue(bytes, ScaleResults.class));
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new ConfigException(
                    file + " does not hold icebench results as docs/results.schema.json describes them: "
                            + e.getMessage().lines().findFirst().orElse(""));
        }
        throw new ConfigException(file + " is not an icebench results file (no \"engines\" or \"levels\")");
    }

    /** The run with its verdict made again from its runs and answers: a file written before a rule changed agrees with its reports. */
    private static BenchmarkResults underTodaysRules(BenchmarkResults run) {
        return run.withSummary(RunSummary.of(run.engines(), run.verification()));
    }

    /** Reads a run's results file (not a scale run's). */
    public static BenchmarkResults readRun(Path file) {
        StoredResults results = read(file);
        if (results.run() == null) {
            throw new ConfigException(
                    file + " holds a scale run's results; give a results file written by icebench run");
        }
        return results.run();
    }

    public String render(ReportFormat format) {
        return run != null ? format.render(run) : format.render(scale);
    }
}
