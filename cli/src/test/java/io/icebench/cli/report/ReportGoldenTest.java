package io.icebench.cli.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every registered report format renders the fixed results exactly as its golden file under
 * {@code src/test/resources/golden}. After an intended change, {@code -Dgolden.update=true} rewrites them
 * (review the diff before committing).
 */
class ReportGoldenTest {

    private static final Path GOLDEN = Path.of("src/test/resources/golden");
    private static final boolean UPDATE = Boolean.getBoolean("golden.update");

    static Stream<Arguments> formats() {
        return ReportFormats.ALL.stream()
                .flatMap(f -> Stream.of(
                        Arguments.of(f.name(), "run"),
                        Arguments.of(f.name(), "cold"),
                        Arguments.of(f.name(), "scale")));
    }

    @ParameterizedTest(name = "{0} of a {1}")
    @MethodSource("formats")
    void rendersAsTheGoldenFile(String name, String kind) throws IOException {
        ReportFormat format = ReportFormats.named(name);
        String text = kind.equals("scale")
                ? format.render(FixedResults.scale())
                : format.render(kind.equals("cold") ? FixedResults.coldOnly() : FixedResults.run());
        Path golden = GOLDEN.resolve(kind + "-" + name + "." + format.extension());
        if (UPDATE) {
            Files.createDirectories(GOLDEN);
            Files.writeString(golden, text, StandardCharsets.UTF_8);
        }
        assertThat(golden).as("golden file (make it with -Dgolden.update=true)").exists();
        assertThat(text)
                .as(
                        "%s differs from %s; if intended, rerun with -Dgolden.update=true and review the diff",
                        name, golden)
                .isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }
}
