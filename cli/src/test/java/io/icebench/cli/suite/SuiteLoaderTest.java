package io.icebench.cli.suite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.icebench.cli.run.Query;
import io.icebench.core.config.ConfigException;
import io.icebench.core.model.ResultPreview;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SuiteLoaderTest {

    @TempDir
    Path dir;

    private void write(String file, String text) throws Exception {
        Files.createDirectories(dir.resolve(file).getParent());
        Files.writeString(dir.resolve(file), text);
    }

    @Test
    void descriptorGivesNameNamespaceTablesAndQueryOrder() throws Exception {
        write("suite.yaml", """
                name: mine
                description: two parts of q14
                namespace: sales
                generator: tpcds
                tables: [store_sales, item]
                queries: [q14b, q14a, q2]
                expected:
                  "0.01": expected/sf0.01
                """);
        write("q14a.sql", "SELECT 1");
        write("q14b.sql", "SELECT 2");
        write("q2.sql", "SELECT 3");
        write("expected/sf0.01/q2.csv", "x\n3\n");
        Suite suite = SuiteLoader.load(dir, "fallback");
        assertThat(suite.name()).isEqualTo("mine");
        assertThat(suite.described()).isTrue();
        assertThat(suite.descriptor().namespace()).isEqualTo("sales");
        assertThat(suite.generator()).contains(SuiteGenerator.TPCDS);
        assertThat(suite.descriptor().tables()).containsExactly("store_sales", "item");
        assertThat(suite.queries().stream().map(Query::id)).containsExactly("q14b", "q14a", "q2");
        assertThat(suite.hash()).matches("sha256:[0-9a-f]{16}");
        assertThat(suite.expectedAnswers("0.010")).contains(dir.resolve("expected/sf0.01"));
        assertThat(suite.expectedAnswers("0.1")).isEmpty();
        Map<String, ResultPreview> expected =
                ExpectedAnswers.read(dir.resolve("expected/sf0.01"), List.of("q2", "q14a"));
        assertThat(expected).containsOnlyKeys("q2");
        assertThat(expected.get("q2").rows()).containsExactly(List.of(new BigDecimal("3")));
    }

    @Test
    void withoutDescriptorEverySqlFileInNaturalOrder() throws Exception {
        for (String id : List.of("q10", "q2", "q14b", "q14a", "q1")) {
            write(id + ".sql", "SELECT '" + id + "'");
        }
        write("notes.txt", "not a query");
        Suite suite = SuiteLoader.load(dir, "mine");
        assertThat(suite.described()).isFalse();
        assertThat(suite.name()).isEqualTo("mine");
        assertThat(suite.queries().stream().map(Query::id)).containsExactly("q1", "q2", "q10", "q14a", "q14b");
        assertThat(suite.queries().get(3).sql()).isEqualTo("SELECT 'q14a'");
    }

    @Test
    void variantsAreSelectedForTheRunsEnginesOnly() throws Exception {
        write("q14a.sql", "SELECT 1");
        write("q2.sql", "SELECT 2");
        write("duckdb/q14a.sql", "SELECT 1 -- duckdb");
        write("polars/q2.sql", "SELECT 2 -- polars");
        Suite suite = SuiteLoader.load(dir, "mine");
        List<Query> queries = suite.select(Set.of(), List.of("duckdb", "spark"));
        assertThat(queries.get(0).id()).isEqualTo("q2");
        assertThat(queries.get(0).sqlFor("polars")).isEqualTo("SELECT 2");
        assertThat(queries.get(1).sqlFor("duckdb")).isEqualTo("SELECT 1 -- duckdb");
        assertThat(queries.get(1).variantOf("spark")).isNull();
        assertThat(suite.select(Set.of("q14a"), List.of("polars")))
                .singleElement()
                .satisfies(q -> assertThat(q.variants()).isEmpty());
        assertThatThrownBy(() -> suite.select(Set.of("q3"), List.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessage("--queries names 'q3', which suite mine does not have; it has q2, q14a");
    }

    @Test
    void hashChangesWithAVariant() throws Exception {
        write("q1.sql", "SELECT 1");
        String before = SuiteLoader.load(dir, "mine").hash();
        write("duckdb/q1.sql", "SELECT 1 AS one");
        assertThat(SuiteLoader.load(dir, "mine").hash()).isNotEqualTo(before);
    }

    @Test
    void missingNameIsOneLineNamingFileAndField() throws Exception {
        write("suite.yaml", "queries: [q1]\n");
        write("q1.sql", "SELECT 1");
        assertThatThrownBy(() -> SuiteLoader.load(dir, "x"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining(dir.resolve("suite.yaml") + ": field 'name' is missing; add e.g. name: ");
    }

    @Test
    void unknownQueryFileSaysWhatToDo() throws Exception {
        write("suite.yaml", "name: s\nqueries: [q1, q14c]\n");
        write("q1.sql", "SELECT 1");
        assertThatThrownBy(() -> SuiteLoader.load(dir, "x"))
                .isInstanceOf(ConfigException.class)
                .hasMessage(dir.resolve("suite.yaml") + ": field 'queries' names q14c, but " + dir.resolve("q14c.sql")
                        + " does not exist; add the file or remove q14c from queries");
    }

    @Test
    void badFieldsAreNamed() throws Exception {
        write("q1.sql", "SELECT 1");
        write("suite.yaml", "name: s\nquery: [q1]\n");
        assertThatThrownBy(() -> SuiteLoader.load(dir, "x"))
                .hasMessageContaining("unknown field 'query'; the fields are");
        write("suite.yaml", "name: s\ngenerator: dbgen\n");
        assertThatThrownBy(() -> SuiteLoader.load(dir, "x"))
                .hasMessageContaining("field 'generator' is 'dbgen', which is no generator; use tpch, tpcds");
        write("suite.yaml", "name: s\ntables: {a: 1}\n");
        assertThatThrownBy(() -> SuiteLoader.load(dir, "x"))
                .hasMessageContaining("field 'tables' has the wrong shape")
                .hasMessageContaining("give a list, e.g. tables: [a, b]");
        write("suite.yaml", "name: s\nexpected: {\"0.01\": nowhere}\n");
        assertThatThrownBy(() -> SuiteLoader.load(dir, "x"))
                .hasMessageContaining("field 'expected' gives nowhere for scale 0.01, which is no directory");
        write("suite.yaml", "name: s\nqueries: [q1, q1]\n");
        assertThatThrownBy(() -> SuiteLoader.load(dir, "x")).hasMessageContaining("names q1 twice");
        write("suite.yaml", "name: \"s\n");
        assertThatThrownBy(() -> SuiteLoader.load(dir, "x")).hasMessageContaining("not valid YAML at line");
    }

    @Test
    void builtInTpchLoadsThroughItsDescriptor() {
        Suite tpch = Suites.load("tpch");
        assertThat(tpch.described()).isTrue();
        assertThat(tpch.descriptor().namespace()).isEqualTo("tpch");
        assertThat(tpch.generator()).contains(SuiteGenerator.TPCH);
        assertThat(tpch.descriptor().tables()).hasSize(8);
        assertThat(tpch.queries()).hasSize(22);
        assertThat(tpch.queries().get(0).id()).isEqualTo("q1");
        assertThat(tpch.select(Set.of("q6"), List.of("polars")).get(0).variantOf("polars"))
                .isEqualTo("polars");
        assertThat(Suites.builtInNames()).contains("tpch");
        assertThatThrownBy(() -> Suites.load("nosuch"))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("unknown suite 'nosuch': use tpcds, tpch");
    }

    @Test
    void naturalOrder() {
        assertThat(List.of("q10", "q2", "q14b", "q14a", "q1", "q02").stream()
                        .sorted(NaturalOrder.INSTANCE)
                        .toList())
                .containsExactly("q1", "q02", "q2", "q10", "q14a", "q14b");
    }
}
