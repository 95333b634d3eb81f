package io.icebench.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.icebench.core.config.ConfigException;
import io.icebench.core.config.EnvFile;
import io.icebench.core.config.Settings;
import io.icebench.core.model.SqlText;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigTest {

    @Test
    void envFileReadsTheSeedFormat() {
        Map<String, String> values = EnvFile.parse(
                List.of(
                        "# StarRocks",
                        "STARROCKS_HOST=10.0.0.5",
                        "export STARROCKS_PORT = 9030",
                        "QUERY=\"SELECT COUNT(*) FROM {table} # not a comment\"",
                        "TABLE_NAME=warehouse.sales.t  # comment",
                        ""),
                "benchmark.env");
        assertThat(values)
                .containsEntry("STARROCKS_HOST", "10.0.0.5")
                .containsEntry("STARROCKS_PORT", "9030")
                .containsEntry("QUERY", "SELECT COUNT(*) FROM {table} # not a comment")
                .containsEntry("TABLE_NAME", "warehouse.sales.t");
    }

    @Test
    void malformedLinesNameTheLine() {
        assertThatThrownBy(() -> EnvFile.parse(List.of("A=1", "this is not a setting"), "benchmark.env"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("line 2");
    }

    @Test
    void environmentWinsOverTheFile(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("benchmark.env"), "TABLE_NAME=from_file\nQUERY=SELECT 1\n");
        Settings settings = Settings.load(dir, Map.of("TABLE_NAME", "from_env"));
        assertThat(settings.get("TABLE_NAME")).contains("from_env");
        assertThat(settings.get("QUERY")).contains("SELECT 1");
    }

    @Test
    void sqlTextFacts() {
        assertThat(SqlText.isOrdered("select a from t order by a")).isTrue();
        assertThat(SqlText.isOrdered("select * from (select a from t order by a) x"))
                .isFalse();
        assertThat(SqlText.isOrdered("select 'order by' from t -- order by\n")).isFalse();
    }
}
