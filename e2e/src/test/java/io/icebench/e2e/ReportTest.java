package io.icebench.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The reports a run writes: HTML rendered by a real headless Chromium, Markdown and CSV read back; the results
 * file against docs/results.schema.json.
 */
class ReportTest {

    @RegisterExtension
    static final SharedMetastoreExtension METASTORE = new SharedMetastoreExtension();

    private static Path dir;
    private static JsonNode results;

    @BeforeAll
    static void runTwoEngines() throws Exception {
        dir = METASTORE.shared().dataDir.resolve("report");
        Files.createDirectories(dir);
        Path output = dir.resolve("benchmark_results.json");
        Cli.Result run = Cli.run(
                METASTORE.shared().dataDir,
                "run",
                "--suite",
                "tpch",
                "--queries",
                "q1,q3,q6",
                "--engines",
                "duckdb,polars",
                "--iterations",
                "3",
                "--output",
                output.toString());
        assertThat(run.exit()).as(run.all()).isIn(0, 1); // Polars' wrong answers make it 1
        assertThat(run.out()).contains("📊 Report: " + dir.resolve("report.html"));
        results = ResultsJson.read(output);
    }

    @Test
    void htmlRendersOfflineInChromiumWithEveryEngineAndQueryInTheCharts() throws Exception {
        Cli.Result ensure = Cli.script(dir, "scripts/ensure-chromium");
        assertThat(ensure.exit()).as(ensure.out()).isZero();
        String chromium = ensure.out().strip().lines().reduce((a, b) -> b).orElseThrow();
        Path html = dir.resolve("report.html");
        String page = Files.readString(html);
        // self-contained: nothing to load (the only URL is the SVG namespace, which is not a request)
        assertThat(page.replace("http://www.w3.org/2000/svg", ""))
                .doesNotContain("http://", "https://", "src=", "href=", "url(");

        Path screenshot = Cli.WORK.resolve("report-screenshot.png");
        Files.deleteIfExists(screenshot);
        Browser dom = Browser.run(chromium, dir, "--dump-dom", html);
        Browser shot = Browser.run(chromium, dir, "--screenshot=" + screenshot, html);
        assertThat(dom.exit()).as(dom.err()).isZero();
        assertThat(shot.exit()).as(shot.err()).isZero();
        // chromium logs every console message as ...:CONSOLE:<line>] "text" (checked by hand with a page that logs one)
        assertThat(dom.err() + shot.err())
                .doesNotContain("CONSOLE")
                .doesNotContain("Failed to load resource")
                .doesNotContain("net::ERR_");
        assertThat(screenshot).exists();
        assertThat(Files.size(screenshot)).isGreaterThan(20_000);

        String rendered = dom.out();
        for (JsonNode engine : results.path("engines")) {
            String name = engine.path("name").asText();
            assertThat(rendered).contains(">" + name + "</text>");
            for (JsonNode q : engine.path("queries")) {
                if (q.path("status").asText().equals("ok")) {
                    assertThat(rendered)
                            .as(name + " " + q.path("id").asText())
                            .containsPattern("<rect class=\"bar s\\d\" data-series=\"" + name + "\" data-category=\""
                                    + q.path("id").asText() + "\"");
                }
            }
        }
        assertThat(rendered)
                .contains("badge mismatch")
                .contains("Peak memory per engine")
                .contains("Cold against warm")
                .contains("Environment and settings")
                .contains("<h2>Planning</h2>");
    }

    @Test
    void markdownTableAgreesWithTheResults() throws Exception {
        List<String> rows = Files.readAllLines(dir.resolve("report.md")).stream()
                .filter(l -> l.startsWith("| q"))
                .toList();
        int expected = 0;
        for (JsonNode engine : results.path("engines")) {
            for (JsonNode q : engine.path("queries")) {
                expected++;
                String prefix = "| " + q.path("id").asText() + " | `"
                        + engine.path("name").asText() + "` | ";
                String row = rows.stream()
                        .filter(r -> r.startsWith(prefix))
                        .findFirst()
                        .orElseThrow(() -> new AssertionError("no row " + prefix));
                String[] cells = row.split("\\|");
                assertThat(new BigDecimal(cells[3].strip()))
                        .isEqualByComparingTo(
                                new BigDecimal(q.path("stats").path("median_ms").asText())
                                        .setScale(2, RoundingMode.HALF_UP));
            }
        }
        assertThat(rows).hasSize(expected);
    }

    @Test
    void csvHasOneRowPerExecutionWithTheResultsTimes() throws Exception {
        Cli.Result csv = Cli.run(
                METASTORE.shared().dataDir,
                "report",
                dir.resolve("benchmark_results.json").toString(),
                "--format",
                "csv",
                "--out",
                dir.resolve("report.csv").toString());
        assertThat(csv.exit()).as(csv.all()).isZero();
        List<Map<String, String>> rows = new ArrayList<>();
        try (MappingIterator<Map<String, String>> it = new CsvMapper()
                .readerFor(Map.class)
                .with(CsvSchema.emptySchema().withHeader())
                .readValues(dir.resolve("report.csv").toFile())) {
            it.forEachRemaining(rows::add);
        }
        int expected = 0;
        for (JsonNode engine : results.path("engines")) {
            for (JsonNode q : engine.path("queries")) {
                expected += q.path("iterations").size() + 1;
                for (JsonNode it : q.path("iterations")) {
                    Map<String, String> row = rows.stream()
                            .filter(r -> r.get("engine")
                                            .equals(engine.path("name").asText())
                                    && r.get("query").equals(q.path("id").asText())
                                    && r.get("phase").equals("measured")
                                    && r.get("iteration")
                                            .equals(it.path("iteration").asText()))
                            .findFirst()
                            .orElseThrow();
                    assertThat(Double.parseDouble(row.get("ms")))
                            .isEqualTo(it.path("ms").asDouble());
                    assertThat(Long.parseLong(row.get("peak_rss_bytes")))
                            .isEqualTo(it.path("peak_rss_bytes").asLong());
                    assertThat(row.get("status")).isEqualTo("ok");
                }
            }
        }
        assertThat(rows).hasSize(expected);
    }

    @Test
    void resultsFileMatchesThePublishedSchemaAndReadsBackToTheSameBytes() throws Exception {
        String id = "https://icebench.io/schemas/results.schema.json";
        Map<String, String> schemas = Map.of(id, readSchema("results.schema.json"));
        Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12, b -> b.schemas(schemas))
                .getSchema(SchemaLocation.of(id));
        assertThat(schema.validate(results).stream().map(Error::toString).toList())
                .isEmpty();

        Path file = dir.resolve("benchmark_results.json");
        Cli.Result json =
                Cli.run(METASTORE.shared().dataDir, "report", file.toString(), "--format", "json", "--out", "-");
        assertThat(json.exit()).as(json.all()).isZero();
        assertThat(json.out()).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
        Cli.Result text =
                Cli.run(METASTORE.shared().dataDir, "report", file.toString(), "--format", "text", "--out", "-");
        assertThat(text.exit()).as(text.all()).isZero();
        assertThat(text.out()).contains("═══ Summary ═══", "🔎 Answers across engines:");
    }

    private static String readSchema(String name) throws Exception {
        return Files.readString(Cli.HOME.resolve("docs").resolve(name), StandardCharsets.UTF_8);
    }

    /** One headless Chromium run with the flags this machine's closed network needs. */
    private record Browser(int exit, String out, String err) {
        static Browser run(String chromium, Path dir, String action, Path page) throws Exception {
            Path profile = Files.createTempDirectory(Cli.WORK, "chromium");
            Path out = Files.createTempFile(Cli.WORK, "chromium", ".out");
            Path err = Files.createTempFile(Cli.WORK, "chromium", ".err");
            Process p = new ProcessBuilder(
                            chromium,
                            "--headless",
                            "--no-sandbox",
                            "--disable-gpu",
                            "--disable-background-networking",
                            "--disable-component-update",
                            "--disable-sync",
                            "--no-first-run",
                            "--disable-quic",
                            "--user-data-dir=" + profile,
                            "--window-size=1280,2000",
                            "--enable-logging=stderr",
                            "--v=0",
                            "--virtual-time-budget=3000",
                            action,
                            page.toUri().toString())
                    .directory(dir.toFile())
                    .redirectOutput(out.toFile())
                    .redirectError(err.toFile())
                    .start();
            if (!p.waitFor(2, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                throw new AssertionError("chromium did not finish in 2 minutes");
            }
            return new Browser(
                    p.exitValue(),
                    Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        }
    }
}
