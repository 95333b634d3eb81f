package io.icebench.cli.command;

import io.icebench.cli.report.JsonLinesResults;
import io.icebench.cli.report.JsonLinesWriter;
import io.icebench.cli.report.OutputTargets;
import io.icebench.cli.report.ReportFormat;
import io.icebench.cli.report.ReportFormats;
import io.icebench.cli.report.Reports;
import io.icebench.cli.report.ResultsFile;
import io.icebench.cli.report.StoredResults;
import io.icebench.core.config.ConfigException;
import io.icebench.core.model.BenchmarkResults;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code icebench report RESULTS.json [--format html|md|csv|json|text] [--out FILE]}, or {@code --from-jsonl FILE.jsonl}. */
@Command(
        name = "report",
        mixinStandardHelpOptions = true,
        description =
                "Render a results file (run or scale) as a self-contained HTML page, a Markdown table, CSV, JSON or "
                        + "the console summary (text).")
public final class ReportCommand implements Callable<Integer> {

    @Parameters(
            index = "0",
            arity = "0..1",
            paramLabel = "RESULTS",
            description = "A results file written by run, quickstart or scale.")
    Path results;

    @Option(
            names = "--from-jsonl",
            paramLabel = "FILE.jsonl",
            description =
                    "Rebuild the results file (FILE.json) and "
                            + "report.html/report.md beside it from a run's JSON Lines file, e.g. after a full disk stopped the run's writes.")
    Path fromJsonLines;

    @Option(names = "--format", description = "html (default), md, csv, json or text.")
    String format = "html";

    @Option(
            names = "--out",
            description = "Output file (default: the results file's name with the format's extension; - for stdout).")
    String out;

    @Override
    public Integer call() throws IOException {
        if (fromJsonLines != null) {
            return rebuild();
        }
        if (results == null) {
            throw new ConfigException("give a results file (RESULTS.json) or --from-jsonl FILE.jsonl");
        }
        ReportFormat chosen = ReportFormats.named(format);
        String text = StoredResults.read(results).render(chosen);
        if ("-".equals(out)) {
            System.out.print(text);
            return 0;
        }
        String name = results.getFileName().toString().replaceFirst("\\.json$", "") + "." + chosen.extension();
        Path target = out != null ? Path.of(out) : results.toAbsolutePath().resolveSibling(name);
        if (target.toAbsolutePath().equals(results.toAbsolutePath())) {
            throw new ConfigException("the report would replace " + results + "; name another file with --out");
        }
        OutputTargets.require(target.toAbsolutePath(), "--out");
        Reports.write(target.toAbsolutePath(), text);
        System.out.println("📄 " + target.toAbsolutePath());
        return 0;
    }

    private int rebuild() throws IOException {
        Path jsonLines = fromJsonLines.toAbsolutePath();
        if (results != null || !Files.isRegularFile(jsonLines) || !Files.isReadable(jsonLines)) {
            throw new ConfigException(
                    results != null
                            ? "give either RESULTS or --from-jsonl, not both"
                            : "cannot read " + jsonLines + "; give the .jsonl file a run wrote beside its results");
        }
        if (JsonLinesWriter.isLocked(jsonLines)) {
            throw new ConfigException("a live icebench run is still writing " + jsonLines + "; wait for it to finish");
        }
        String name = jsonLines.getFileName().toString().replaceFirst("\\.jsonl$", "") + ".json";
        ResultsFile target = new ResultsFile(jsonLines.resolveSibling(name));
        target.checkWritable();
        for (Path report : Reports.besides(target.path())) {
            OutputTargets.require(report, "the report");
        }
        BenchmarkResults rebuilt = JsonLinesResults.read(jsonLines);
        target.write(rebuilt);
        Path[] reports = Reports.writeBeside(target.path(), rebuilt);
        System.out.println("💾 Results rebuilt from " + jsonLines + ": " + target.path() + " ("
                + rebuilt.engines().size() + " engines" + (rebuilt.interrupted() ? ", the run did not finish" : "")
                + ")");
        System.out.println("📊 Report: " + reports[0] + " (and " + reports[1].getFileName() + ")");
        return 0;
    }
}
