package io.icebench.cli.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.icebench.core.config.ConfigException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code --engines NAME@VERSION}: the label, the engine, the version, and the refusal of what is not one. */
class EngineSpecVersionTest {

    private static List<EngineSpec> parse(List<String> names, List<String> options) {
        return EngineSpec.parse(names, options, Map.of());
    }

    @Test
    void aVersionedEngineIsLabelledWithItsVersion() {
        List<EngineSpec> specs = parse(List.of("duckdb@1.5.6.0", "duckdb@2.0.0.1", "duckdb"), List.of());
        assertThat(specs).extracting(EngineSpec::label).containsExactly("duckdb@1.5.6.0", "duckdb@2.0.0.1", "duckdb");
        assertThat(specs).extracting(EngineSpec::engine).containsOnly("duckdb");
        assertThat(specs).extracting(EngineSpec::version).containsExactly("1.5.6.0", "2.0.0.1", null);
    }

    @Test
    void aLabelCanNameAVersion() {
        EngineSpec spec = parse(List.of("old=spark@3.5.8"), List.of()).get(0);
        assertThat(spec.label()).isEqualTo("old");
        assertThat(spec.engine()).isEqualTo("spark");
        assertThat(spec.version()).isEqualTo("3.5.8");
    }

    @Test
    void engineOptionsReachALabelHoldingDots() {
        List<EngineSpec> specs = parse(
                List.of("duckdb@1.5.6.0", "duckdb"), List.of("duckdb@1.5.6.0.threads=1", "duckdb.memory_limit=1GB"));
        assertThat(specs.get(0).options()).containsExactly(Map.entry("threads", "1"));
        assertThat(specs.get(1).options()).containsExactly(Map.entry("memory_limit", "1GB"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"duckdb@", "@1.5.6.0", "duckdb@1.0@2", "duckdb@../x", "duckdb@1 0", "x=@1.0", "duck db@1"})
    void whatIsNotNameAtVersionIsRefusedInOneLine(String entry) {
        assertThatThrownBy(() -> parse(List.of(entry), List.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessage("--engines entry '" + entry + "' is not NAME, NAME@VERSION or LABEL=NAME[@VERSION] "
                        + "(e.g. duckdb, duckdb@1.5.6.0, old=duckdb@1.4.2.0)");
    }

    @Test
    void theSameVersionTwiceIsRefused() {
        assertThatThrownBy(() -> parse(List.of("duckdb@2.0.0.1", "duckdb@2.0.0.1"), List.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("'duckdb@2.0.0.1' is listed twice");
    }

    @Test
    void anOptionForAVersionNotInTheRunIsRefused() {
        assertThatThrownBy(() -> parse(List.of("duckdb@2.0.0.1"), List.of("duckdb@1.5.6.0.threads=1")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("which is not in --engines");
    }
}
