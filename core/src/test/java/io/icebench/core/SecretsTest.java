package io.icebench.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.icebench.core.config.Secrets;
import io.icebench.core.model.ErrorKind;
import io.icebench.core.model.Failure;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SecretsTest {

    @Test
    void passwordsKeysTokensCredentialsAndSignaturesAreSecretsOtherSettingsAreNot() {
        for (String key : new String[] {
            "password",
            "STARROCKS_PASSWORD",
            "conf.spark.hadoop.fs.s3a.secret.key",
            "conf.spark.hadoop.fs.s3a.access.key",
            "api_key",
            "token",
            "jdbc.passwd",
            "credentials.private",
            "pwd",
            "duckdb.pwd",
            "conf.spark.hadoop.fs.azure.account.key.myaccount.dfs.core.windows.net",
            "secretAccessKey",
            "s3.session-token",
            "sig",
            "x-amz-signature",
            "gcs.credential",
            "accountKey"
        }) {
            assertThat(Secrets.isSecret(key)).as(key).isTrue();
        }
        for (String key : new String[] {
            "threads",
            "master",
            "conf.spark.sql.shuffle.partitions",
            "memory_limit",
            "heap",
            "keyspace",
            "monkey_business",
            "url",
            "user",
            "catalog"
        }) {
            assertThat(Secrets.isSecret(key)).as(key).isFalse();
        }
        assertThat(Secrets.redact(Map.of("password", "hunter2", "threads", "2")))
                .containsEntry("password", "***")
                .containsEntry("threads", "2");
    }

    @Test
    void secretsInsideUrlsQueryStringsAndUserInfoAreMasked() {
        assertThat(Secrets.maskText("jdbc:mysql://h/db?user=me&password=hunter2&useSSL=false"))
                .isEqualTo("jdbc:mysql://h/db?user=me&password=***&useSSL=false");
        assertThat(Secrets.maskText("s3://AKIA:wJalr/XUtn@bucket/path")).isEqualTo("s3://AKIA:***@bucket/path");
        assertThat(Secrets.maskText("jdbc:postgresql://me:p%40ss@db:5432/x?sslmode=require"))
                .isEqualTo("jdbc:postgresql://me:***@db:5432/x?sslmode=require");
        assertThat(Secrets.maskText("jdbc:sqlserver://h;user=me;password=hunter2;encrypt=true"))
                .isEqualTo("jdbc:sqlserver://h;user=me;password=***;encrypt=true");
        assertThat(Secrets.maskText("https://acct.blob.core.windows.net/c?sv=2020&sig=AbC%2Bd&se=x"))
                .isEqualTo("https://acct.blob.core.windows.net/c?sv=2020&sig=***&se=x");
        assertThat(Secrets.maskText("-E 'spark.conf.spark.hadoop.fs.azure.account.key.X=AZKEY' names engine 'spark'"))
                .isEqualTo("-E 'spark.conf.spark.hadoop.fs.azure.account.key.X=***' names engine 'spark'");
        assertThat(Secrets.maskText("unknown DuckDB option 'pwd'; use threads"))
                .isEqualTo("unknown DuckDB option 'pwd'; use threads");
        assertThat(Secrets.mask("url", "jdbc:trino://u:pw@h:8080?SSL=true&accessToken=tok"))
                .isEqualTo("jdbc:trino://u:***@h:8080?SSL=true&accessToken=***");
        assertThat(Secrets.mask("password", "anything")).isEqualTo("***");
        assertThat(Secrets.maskText("line 1 is not KEY=value: 'x'")).isEqualTo("line 1 is not KEY=value: 'x'");
    }

    @Test
    void failureMessagesNeverCarryASecretOrAHugeLine() {
        Failure failure = Failure.of(ErrorKind.CONNECTION, "cannot reach jdbc:mysql://h/db?password=hunter2 (timeout)");
        assertThat(failure.message()).doesNotContain("hunter2").contains("password=***");
        Failure huge = Failure.of(ErrorKind.SQL_ERROR, "value " + "x".repeat(100_000));
        assertThat(huge.message().length()).isLessThan(Failure.MAX_LINE_CHARS + 100);
        assertThat(huge.message()).endsWith("more characters)");
    }
}
