package io.icebench.cli.report;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.icebench.cli.scale.ScaleResults;
import io.icebench.core.model.BenchmarkResults;
import io.icebench.core.model.EngineRun;
import io.icebench.core.model.IterationResult;
import io.icebench.core.model.QueryRun;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;

/**
 * One CSV row per execution of a results file: the cold run and every measured iteration, and one row
 * for a query that failed (its status is the failure kind, its time empty). {@code answer} is the engine's
 * verdict on the query's answer: match, mismatch, disagree (no engine is the reference) or unverified.
 */
public final class CsvReport implements ReportFormat {

    private static final List<String> COLUMNS = List.of(
            "engine",
            "query",
            "phase",
            "iteration",
            "ms",
            "roundtrip_ms",
            "peak_rss_bytes",
            "rows",
            "status",
            "answer");
    private static final List<String> SCALE_COLUMNS = List.of("clients", "repeat", "client", "query", "ms", "status");

    /** Writes rows to a sequence. */
    @FunctionalInterface
    private interface Rows {
        void writeTo(SequenceWriter writer) throws IOException;
    }

    @Override
    public String name() {
        return "csv";
    }

    @Override
    public String extension() {
        return "csv";
    }

    @Override
    public String render(BenchmarkResults results) {
        return csv(COLUMNS, writer -> {
            for (EngineRun engine : results.engines()) {
                String name = engine.name();
                for (QueryRun q : engine.queries()) {
                    String answer = Verdicts.of(results.verification(), q.id(), name);
                    if (q.coldMs() != null) {
                        writer.write(Arrays.asList(
                                name,
                                q.id(),
                                "cold",
                                1,
                                text(q.coldMs()),
                                "",
                                text(q.coldPeakRssBytes()),
                                text(q.rows()),
                                "ok",
                                answer));
                    }
                    for (IterationResult it : q.iterations() == null ? List.<IterationResult>of() : q.iterations()) {
                        writer.write(Arrays.asList(
                                name,
                                q.id(),
                                it.phase(),
                                it.iteration(),
                                text(it.ms()),
                                text(it.roundtripMs()),
                                text(it.peakRssBytes()),
                                text(it.rows()),
                                "ok",
                                answer));
                    }
                    if (q.error() != null) {
                        writer.write(Arrays.asList(
                                name,
                                q.id(),
                                "",
                                "",
                                "",
                                "",
                                "",
                                "",
                                q.error().kind().label(),
                                ""));
                    }
                }
            }
        });
    }

    /** A scale run: one row per execution (clients, repeat, client, query, ms). */
    @Override
    public String render(ScaleResults results) {
        return csv(SCALE_COLUMNS, writer -> {
            for (ScaleResults.LevelRun run : results.runs()) {
                for (ScaleResults.Execution t : run.times()) {
                    writer.write(Arrays.asList(run.clients(), run.repeat(), t.client(), t.query(), text(t.ms()), "ok"));
                }
                if (run.failure() != null) {
                    writer.write(Arrays.asList(run.clients(), run.repeat(), "", "", "", run.failure()));
                }
            }
        });
    }

    private static String csv(List<String> columns, Rows rows) {
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
        columns.forEach(schema::addColumn);
        StringWriter out = new StringWriter();
        try (SequenceWriter writer =
                new CsvMapper().writerFor(List.class).with(schema.build()).writeValues(out)) {
            rows.writeTo(writer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** A value as the results file spells it (a double keeps its Java text, e.g. 12.0), empty for none. */
    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
