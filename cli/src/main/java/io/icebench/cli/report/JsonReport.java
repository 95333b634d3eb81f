package io.icebench.cli.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.icebench.cli.scale.ScaleResults;
import io.icebench.core.model.BenchmarkResults;
import io.icebench.core.protocol.Json;
import java.io.UncheckedIOException;

/** The results as the results file holds them: pretty-printed JSON (see docs/results.schema.json). */
public final class JsonReport implements ReportFormat {

    @Override
    public String name() {
        return "json";
    }

    @Override
    public String extension() {
        return "json";
    }

    @Override
    public String render(BenchmarkResults results) {
        return text(results);
    }

    @Override
    public String render(ScaleResults results) {
        return text(results);
    }

    private static String text(Object results) {
        try {
            return Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(results);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
