package io.icebench.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.icebench.core.config.Secrets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SecretsTest {

    @Test
    void passwordsKeysAndTokensAreSecretsOtherSettingsAreNot() {
        for (String key : new String[] {"password", "STARROCKS_PASSWORD", "conf.spark.hadoop.fs.s3a.secret.key",
            "conf.spark.hadoop.fs.s3a.access.key", "api_key", "token", "jdbc.passwd", "credentials.private"}) {
            assertThat(Secrets.isSecret(key)).as(key).isTrue();
        }
        for (String key : new String[] {"threads", "master", "conf.spark.sql.shuffle.partitions", "memory_limit", "heap",
            "keyspace", "monkey_business"}) {
            assertThat(Secrets.isSecret(key)).as(key).isFalse();
        }
        assertThat(Secrets.redact(Map.of("password", "hunter2", "threads", "2")))
                .containsEntry("password", "***").containsEntry("threads", "2");
    }
}
