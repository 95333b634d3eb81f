package io.icebench.core.sql;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReadOnlyGuardTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "SELECT 1",
                "select count(*) from tpch.lineitem;",
                "  -- a comment\n WITH x AS (select 1) select * from x",
                "(SELECT 1) UNION ALL (SELECT 2)",
                "VALUES (1), (2)",
                "TABLE tpch.nation",
                "FROM tpch.nation SELECT n_name",
                "EXPLAIN SELECT * FROM t",
                "SHOW TABLES",
                "DESCRIBE tpch.nation",
                "SELECT replace(n_name, 'A', 'B'), position('x' IN n_name), extract(year FROM d) FROM t",
                "SELECT * REPLACE (a + 1 AS a) FROM t",
                "SELECT 'INSERT INTO t; DROP TABLE t' AS s, \"delete\", `update` FROM t",
                "SELECT 1 /* DELETE FROM t; */ -- DROP TABLE t\n",
                "SELECT $$ plain text $$ AS a, $tag$ more text $tag$ AS b",
                "SELECT E'line\\nbreak' AS s",
                "SELECT o_comment, update_ts, settings_id, created_at FROM t ORDER BY 1 DESC",
                "SELECT 'a''b' AS s; ;",
                "SELECT [1, 2][1] AS x, {'a': 1} AS y",
                "SELECT 1e10, 2.5E-3, .5, 0x1F FROM t",
            })
    void acceptsOneReadOnlyStatement(String sql) {
        assertThat(ReadOnlyGuard.refusal(sql)).as(sql).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "WITH x AS (SELECT 1) INSERT INTO warehouse.gen4.dummy SELECT * FROM warehouse.gen4.dummy",
                "EXPLAIN ANALYZE COPY (SELECT 1 AS x) TO '/w/data.parquet' (FORMAT parquet)",
                "EXPLAIN ANALYZE SELECT 1",
                "EXPLAIN (ANALYZE) SELECT 1",
                "explain analyse select 1",
                "FROM src INSERT OVERWRITE TABLE dst SELECT *",
                "SELECT * INTO new_table FROM t",
                "SELECT reflect('java.lang.System', 'exit', 0)",
                "DROP TABLE t",
                "set threads = 1",
                "PRAGMA version",
                "CALL system.rollback_to_snapshot('t', 1)",
                "WITH x AS (SELECT 1) SELECT 1INSERT INTO t SELECT 2",
                "SELECT 1 FROM t WHERE x IN (SELECT 1 FROM (DELETE FROM t RETURNING 1))",
            })
    void refusesWritesAnywhere(String sql) {
        assertThat(ReadOnlyGuard.refusal(sql))
                .as(sql)
                .hasValueSatisfying(reason -> assertThat(reason).containsAnyOf("keyword", "starts with"));
    }

    @Test
    void refusesASecondStatement() {
        assertThat(ReadOnlyGuard.refusal("SELECT 1; COPY (SELECT 42) TO '/tmp/x.csv'"))
                .hasValue("it holds more than one statement (the second starts 'COPY (SELECT 42) TO '/tmp/x.csv'')");
        assertThat(ReadOnlyGuard.refusal("SELECT 1; SELECT 2")).get().asString().contains("more than one statement");
        assertThat(ReadOnlyGuard.refusal("SELECT 1;\n ATTACH 'x.db' AS x; CREATE TABLE x.t AS SELECT 1"))
                .get()
                .asString()
                .contains("the second starts 'ATTACH 'x.db' AS x;");
        assertThat(ReadOnlyGuard.refusal(" ; ")).hasValue("it holds no statement");
    }

    @Test
    void noDialectsQuotingHidesAKeyword() {
        // Spark reads 'a\'' as one string and then the INSERT as code; the standard reading sees one long string
        String backslash = "WITH x AS (SELECT 'a\\'' AS c) INSERT INTO t SELECT 1 --'";
        assertThat(ReadOnlyGuard.refusal(backslash)).get().asString().contains("INSERT");
        // MySQL: # starts a comment, so the quote after it opens nothing
        assertThat(ReadOnlyGuard.refusal("SELECT 1 # '\n; DELETE FROM t; -- '"))
                .get()
                .asString()
                .contains("more than one statement");
        // without nesting, the comment ends at the first */ and DROP is code
        assertThat(ReadOnlyGuard.refusal("SELECT 1 /* /* */ ; DROP TABLE t; /* */"))
                .isPresent();
        // MySQL runs what /*! ... */ holds
        assertThat(ReadOnlyGuard.refusal("SELECT 1 /*! ; DELETE FROM t */")).isPresent();
        // SQL Server: [..] quotes an identifier, so the quote inside opens nothing
        assertThat(ReadOnlyGuard.refusal("SELECT [a'] ; DELETE FROM t ; SELECT ['b]"))
                .isPresent();
        // E'\'' is one string where E'..' escapes, a string and code where it does not
        assertThat(ReadOnlyGuard.refusal("SELECT E'it\\'s' AS s")).isPresent();
        // without dollar quoting, $$ is no quote: a keyword inside one is refused
        assertThat(ReadOnlyGuard.refusal("SELECT $$ COPY x TO 'y' $$")).isPresent();
        assertThat(ReadOnlyGuard.refusal("SELECT $$ ; DROP TABLE t; $$")).isPresent();
    }

    @Test
    void refusesUnterminatedText() {
        assertThat(ReadOnlyGuard.refusal("SELECT 'abc"))
                .hasValue("it has an unterminated string literal (from character 8)");
        assertThat(ReadOnlyGuard.refusal("SELECT 1 /* open")).get().asString().contains("unterminated block comment");
        assertThat(ReadOnlyGuard.refusal("SELECT \"abc")).get().asString().contains("unterminated");
    }

    @Test
    void namesTheFirstWordItRefuses() {
        assertThat(ReadOnlyGuard.refusal("DELETE FROM t"))
                .get()
                .asString()
                .startsWith("it starts with DELETE, not with SELECT");
        assertThat(ReadOnlyGuard.refusal("SELECT 1 FROM t WHERE set = 1"))
                .get()
                .asString()
                .startsWith("it contains the keyword SET (at character 23)");
    }
}
