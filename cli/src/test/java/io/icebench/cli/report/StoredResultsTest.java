package io.icebench.cli.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.icebench.core.config.ConfigException;
import io.icebench.core.model.BenchmarkResults;
import io.icebench.core.model.EngineStatus;
import io.icebench.core.model.QueryStatus;
import io.icebench.core.protocol.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A results file read back gives the same records: same file when written again, same reports. */
class StoredResultsTest {

    @TempDir
    Path dir;

    @Test
    void aRunsResultsReadBackWriteTheSameBytesAndReports() throws IOException {
        Path file = dir.resolve("benchmark_results.json");
        new ResultsFile(file).write(FixedResults.run());
        BenchmarkResults read = StoredResults.readRun(file);
        Path again = dir.resolve("again.json");
        new ResultsFile(again).write(read);
        assertThat(Files.readString(again)).isEqualTo(Files.readString(file));
        assertThat(read.engines())
                .extracting(e -> e.status())
                .containsExactly(EngineStatus.OK, EngineStatus.FAILED, EngineStatus.UNAVAILABLE);
        assertThat(read.engines().get(1).queries())
                .extracting(q -> q.status())
                .containsExactly(QueryStatus.OK, QueryStatus.FAILED, QueryStatus.OK);
        for (ReportFormat format : ReportFormats.ALL) {
            assertThat(format.render(read)).as(format.name()).isEqualTo(format.render(FixedResults.run()));
        }
    }

    @Test
    void statusesAreWrittenAsTheirLabels() {
        JsonNode tree = Json.MAPPER.valueToTree(FixedResults.run());
        assertThat(tree.path("engines").findValuesAsText("status"))
                .containsExactly("ok", "ok", "ok", "ok", "failed", "ok", "failed", "ok", "unavailable");
        assertThat(tree.path("summary").has("fastest")).isTrue();
        assertThat(tree.path("settings").has("max_iterations"))
                .as("left out with a fixed count")
                .isFalse();
        assertThat(tree.path("settings").get("query_timeout_ms").isNull()).isTrue();
    }

    @Test
    void aScaleRunsResultsReadBackRenderTheSame() throws IOException {
        Path file = dir.resolve("scale_results.json");
        new ResultsFile(file).write(FixedResults.scale());
        StoredResults read = StoredResults.read(file);
        assertThat(read.run()).isNull();
        for (ReportFormat format : ReportFormats.ALL) {
            assertThat(read.render(format)).as(format.name()).isEqualTo(format.render(FixedResults.scale()));
        }
    }

    @Test
    void aFileThatIsNotResultsIsAUsageErrorNamingIt() throws IOException {
        Path file = Files.writeString(dir.resolve("other.json"), "{\"name\": 1}");
        assertThatThrownBy(() -> StoredResults.read(file))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining(file + " is not an icebench results file");
        Path scale = dir.resolve("scale.json");
        new ResultsFile(scale).write(FixedResults.scale());
        assertThatThrownBy(() -> StoredResults.readRun(scale))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("scale run");
    }

    @Test
    void anUnknownFormatNamesTheKnownOnes() {
        assertThatThrownBy(() -> ReportFormats.named("pdf"))
                .isInstanceOf(ConfigException.class)
                .hasMessage("--format 'pdf' must be one of html, md, csv, json, text");
        assertThat(ReportFormats.named("markdown").name()).isEqualTo("md");
    }
}
