package io.icebench.engines.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.icebench.core.config.CatalogConnection;
import io.icebench.core.config.CatalogKind;
import io.icebench.core.config.ObjectStorage;
import java.io.IOException;
import java.io.StringReader;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class TrinoCatalogPropertiesTest {

    private static final ObjectStorage S3 =
            new ObjectStorage("http://127.0.0.1:9000", null, null, "AKIDKEY", "s3cret", null);

    @Test
    void aRestCatalogWithATokenOnS3() {
        CatalogConnection rest = new CatalogConnection(
                CatalogKind.REST, "http://127.0.0.1:8181", "wh", Map.of("token", "tok", "prefix", "p"), S3);
        TrinoCatalogProperties.Mapped mapped = TrinoCatalogProperties.of(rest);
        assertThat(mapped.properties())
                .containsEntry("iceberg.catalog.type", "rest")
                .containsEntry("iceberg.rest-catalog.uri", "http://127.0.0.1:8181")
                .containsEntry("iceberg.rest-catalog.warehouse", "wh")
                .containsEntry("iceberg.rest-catalog.security", "OAUTH2")
                .containsEntry("iceberg.rest-catalog.oauth2.token", "tok")
                .containsEntry("fs.native-s3.enabled", "true")
                .containsEntry("s3.endpoint", "http://127.0.0.1:9000")
                .containsEntry("s3.region", "us-east-1")
                .containsEntry("s3.path-style-access", "true")
                .containsEntry("s3.aws-access-key", "AKIDKEY")
                .containsEntry("s3.aws-secret-key", "s3cret")
                .doesNotContainKey("hive.metastore.uri");
        assertThat(mapped.ignored()).containsExactly("the REST catalog property prefix");
    }

    @Test
    void aHiveMetastoreOnLocalFilesHasNoS3AndNoSecurity() {
        TrinoCatalogProperties.Mapped mapped =
                TrinoCatalogProperties.of(CatalogConnection.hive("thrift://127.0.0.1:9083"));
        assertThat(mapped.properties())
                .containsEntry("iceberg.catalog.type", "hive_metastore")
                .containsEntry("hive.metastore.uri", "thrift://127.0.0.1:9083")
                .containsEntry("fs.native-local.enabled", "true")
                .doesNotContainKeys("fs.native-s3.enabled", "iceberg.rest-catalog.security");
        assertThat(mapped.ignored()).isEmpty();
    }

    @Test
    void theFileReadsBackAsTheSameProperties() throws IOException {
        Map<String, String> properties = TrinoCatalogProperties.of(new CatalogConnection(
                        CatalogKind.REST, "https://host/api:x", null, Map.of("credential", "id:se=cr\\et"), S3))
                .properties();
        Properties read = new Properties();
        read.load(new StringReader(TrinoCatalogFile.text(properties)));
        assertThat(read).containsExactlyInAnyOrderEntriesOf(properties);
        assertThat(TrinoCatalogFile.text(properties)).doesNotContain("#");
    }
}
