package io.icebench.catalog.connect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.icebench.core.config.CatalogConnection;
import io.icebench.core.config.CatalogKind;
import io.icebench.core.config.ConfigException;
import io.icebench.core.config.ObjectStorage;
import io.icebench.core.config.Settings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConnectionResolverTest {

    @TempDir
    Path dir;

    private Settings settings(Map<String, String> env) {
        return Settings.load(dir, env);
    }

    private static CatalogChoice uri(String uri) {
        return new CatalogChoice(null, uri, null, null, null, null, null, null);
    }

    @Test
    void theSchemeOfTheUriTellsTheKindAndTheCommandLineWinsOverTheEnvironment() {
        Settings env = settings(Map.of("HIVE_METASTORE_URI", "thrift://h:9083"));
        assertThat(ConnectionResolver.external(CatalogChoice.defaults(), env, dir)
                        .orElseThrow()
                        .kind())
                .isEqualTo(CatalogKind.HIVE);
        CatalogConnection rest = ConnectionResolver.external(uri("http://127.0.0.1:8181/api"), env, dir)
                .orElseThrow();
        assertThat(rest.kind()).isEqualTo(CatalogKind.REST);
        assertThat(rest.icebergProperties())
                .containsEntry("type", "rest")
                .containsEntry("uri", "http://127.0.0.1:8181/api")
                .doesNotContainKey("io-impl");
        assertThat(ConnectionResolver.external(CatalogChoice.defaults(), settings(Map.of()), dir))
                .isEmpty();
        assertThatThrownBy(() -> ConnectionResolver.external(uri("ftp://x"), env, dir))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("neither thrift://");
    }

    @Test
    void theEmbeddedNamesAreNotLookedUpAndIgnoreTheEnvironmentsCatalog() {
        Settings env = settings(Map.of("HIVE_METASTORE_URI", "thrift://h:9083"));
        assertThat(ConnectionResolver.external(
                        new CatalogChoice("rest", null, null, null, null, null, null, null), env, dir))
                .isEmpty();
    }

    @Test
    void awsVariablesGiveTheStorageAndAnIpEndpointIsPathStyle() {
        Settings env = settings(Map.of(
                "ICEBERG_CATALOG_URI",
                "http://127.0.0.1:8181",
                "AWS_ACCESS_KEY_ID",
                "AK",
                "AWS_SECRET_ACCESS_KEY",
                "SK",
                "AWS_ENDPOINT_URL_S3",
                "http://127.0.0.1:9000",
                "ICEBERG_CATALOG_TOKEN",
                "T"));
        CatalogConnection c =
                ConnectionResolver.external(CatalogChoice.defaults(), env, dir).orElseThrow();
        ObjectStorage s = c.storage();
        assertThat(s.pathStyleAccess()).isTrue();
        assertThat(c.icebergProperties())
                .containsEntry("s3.access-key-id", "AK")
                .containsEntry("s3.secret-access-key", "SK")
                .containsEntry("s3.path-style-access", "true")
                .containsEntry("token", "T")
                .containsEntry("io-impl", ObjectStorage.RESOLVING_FILE_IO);
        assertThat(c.describe()).doesNotContain("SK").doesNotContain("=T").contains("token=***");
        assertThat(new ObjectStorage("https://s3.example.com", null, null, null, null, null).pathStyleAccess())
                .isFalse();
        assertThat(new ObjectStorage("http://localhost:9000", null, false, null, null, null).pathStyleAccess())
                .isFalse();
    }

    @Test
    void aPyIcebergDefinitionIsReadFromTheYamlWithTheEnvironmentOverIt() throws IOException {
        Files.writeString(dir.resolve(".pyiceberg.yaml"), """
                catalog:
                  lake:
                    uri: http://127.0.0.1:8181
                    warehouse: wh
                    s3.endpoint: http://127.0.0.1:9000
                    s3.access-key-id: AK
                    s3.secret-access-key: SK
                    token: T
                """);
        Settings env = settings(Map.of(
                "PYICEBERG_HOME",
                dir.toString(),
                "PYICEBERG_CATALOG__LAKE__S3__ACCESS_KEY_ID",
                "AK2",
                "AWS_ACCESS_KEY_ID",
                "ignored"));
        CatalogConnection c = ConnectionResolver.external(
                        new CatalogChoice("lake", null, null, null, null, null, null, null), env, dir)
                .orElseThrow();
        assertThat(c.kind()).isEqualTo(CatalogKind.REST);
        assertThat(c.warehouse()).isEqualTo("wh");
        assertThat(c.properties()).containsEntry("token", "T");
        assertThat(c.storage().accessKeyId()).isEqualTo("AK2");
        assertThat(c.storage().secretAccessKey()).isEqualTo("SK");
        assertThatThrownBy(() -> ConnectionResolver.external(
                        new CatalogChoice("prod", null, null, null, null, null, null, null), env, dir))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("no PyIceberg catalog named 'prod'");
    }
}
