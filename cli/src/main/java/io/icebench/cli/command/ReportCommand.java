package io.icebench.cli.command;

import com.fasterxml.jackson.databind.JsonNode;
import io.icebench.cli.report.Reports;
import io.icebench.core.config.ConfigException;
import io.icebench.core.protocol.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code icebench report RESULTS.json [--format html|md|csv] [--out FILE]}. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Render a results file (run or scale) as a self-contained HTML page, a Markdown table or CSV.")
public final class ReportCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "RESULTS", description = "A results file written by run, quickstart or scale.")
    Path results;

    @Option(names = "--format", description = "html (default), md or csv.")
    String format = "html";

    @Option(names = "--out", description = "Output file (default: the results file's name with .html, .md or .csv; - for stdout).")
    String out;

    @Override
    public Integer call() throws IOException {
        if (!Files.isReadable(results)) {
            throw new ConfigException("cannot read " + results + "; give a results file written by icebench run or scale");
        }
        JsonNode tree;
        try {
            tree = Json.MAPPER.readTree(results.toFile());
        } catch (IOException e) {
            throw new ConfigException(results + " is not valid JSON: " + e.getMessage().lines().findFirst().orElse(""));
        }
        if (tree == null || !(tree.has("engines") || tree.has("levels"))) {
            throw new ConfigException(results + " is not an icebench results file (no \"engines\" or \"levels\")");
        }
        String text = Reports.render(tree, format);
        if ("-".equals(out)) {
            System.out.print(text);
            return 0;
        }
        String extension = format.equals("markdown") ? "md" : format;
        String name = results.getFileName().toString().replaceFirst("\\.json$", "") + "." + extension;
        Path target = out != null ? Path.of(out) : results.toAbsolutePath().resolveSibling(name);
        Reports.write(target.toAbsolutePath(), text);
        System.out.println("📄 " + target.toAbsolutePath());
        return 0;
    }
}
