package io.icebench.cli.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.icebench.core.config.CatalogConnection;
import io.icebench.core.config.CatalogKind;
import io.icebench.core.model.DataFileRef;
import io.icebench.core.model.DeleteFileRef;
import io.icebench.core.model.DeleteKind;
import io.icebench.core.model.TableSnapshot;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class IcebergAccessTest {

    private static TableSnapshot withDeletes(DeleteKind... kinds) {
        List<DeleteFileRef> deletes = Arrays.stream(kinds)
                .map(k -> new DeleteFileRef(k, "/d.parquet", "file:/d.parquet", List.of(), 2, 1, 10))
                .toList();
        return new TableSnapshot(
                "warehouse",
                "tpch",
                "orders",
                "/t",
                7,
                List.of(),
                List.of(DataFileRef.of("/a.parquet", 10, 100)),
                deletes,
                10,
                100,
                null);
    }

    private static IcebergAccess declared(String reads, String deletes) {
        Properties p = new Properties();
        p.setProperty("reads", reads);
        p.setProperty("applies-deletes", deletes);
        return IcebergAccess.of(p);
    }

    @Test
    void onlyFileEnginesAndCatalogEnginesThatPinSnapshotsReadTheResolvedSnapshot() {
        assertThat(declared("files", "").readsResolvedSnapshot()).isTrue();
        assertThat(declared("catalog", "").readsResolvedSnapshot())
                .as("Trino, StarRocks, JDBC read the current one")
                .isFalse();
        Properties spark = new Properties();
        spark.setProperty("reads", "catalog");
        spark.setProperty("pins-snapshots", "true");
        assertThat(IcebergAccess.of(spark).readsResolvedSnapshot()).isTrue();
    }

    @Test
    void aFileEngineReadsOnlyTheDeleteKindsItDeclares() {
        IcebergAccess duckdb = declared("files", "position,equality");
        assertThat(duckdb.whyNotReadable("duckdb", Map.of(), withDeletes())).isNull();
        assertThat(duckdb.whyNotReadable("duckdb", Map.of(), withDeletes(DeleteKind.POSITION, DeleteKind.EQUALITY)))
                .isNull();
        // deletion vectors arrive converted into position delete files
        assertThat(duckdb.whyNotReadable("duckdb", Map.of(), withDeletes(DeleteKind.DELETION_VECTOR)))
                .isNull();
        IcebergAccess positionsOnly = declared("files", "position");
        assertThat(positionsOnly.whyNotReadable("x", Map.of(), withDeletes(DeleteKind.POSITION, DeleteKind.EQUALITY)))
                .contains("warehouse.tpch.orders")
                .contains("equality deletes")
                .doesNotContain("position");
    }

    @Test
    void anEngineThatAppliesNoDeletesRefusesEveryTableWithDeletes() {
        IcebergAccess arrow = declared("files", "");
        assertThat(arrow.whyNotReadable("arrow", Map.of(), withDeletes())).isNull();
        assertThat(arrow.whyNotReadable("arrow", Map.of(), withDeletes(DeleteKind.DELETION_VECTOR)))
                .isEqualTo("snapshot 7 of warehouse.tpch.orders has deletion-vector deletes, which arrow does not "
                        + "apply (it would count deleted rows)");
    }

    @Test
    void anEngineReadingTheCatalogAppliesDeletesItself() {
        IcebergAccess spark = declared("catalog", "");
        assertThat(spark.whyNotReadable("spark", Map.of(), withDeletes(DeleteKind.EQUALITY, DeleteKind.POSITION)))
                .isNull();
    }

    private static TableSnapshot onS3() {
        return new TableSnapshot(
                "warehouse",
                "tpch",
                "orders",
                "s3://b/t",
                7,
                List.of(),
                List.of(DataFileRef.of("s3://b/t/a.parquet", 10, 100)),
                List.of(),
                10,
                100,
                null);
    }

    @Test
    void aFileEngineOpensOnlyTheFileSystemsItDeclaresOrAnOptionEnables() {
        Properties p = new Properties();
        p.setProperty("reads", "files");
        p.setProperty("opens", "file");
        p.setProperty("opens.s3.option", "extension_directory");
        p.setProperty("opens.s3.missing", "give it httpfs");
        IcebergAccess duckdb = IcebergAccess.of(p);
        assertThat(duckdb.whyNotReadable("duckdb", Map.of(), withDeletes())).isNull();
        assertThat(duckdb.whyNotReadable("duckdb", Map.of(), onS3()))
                .isEqualTo("warehouse.tpch.orders is on s3, which duckdb does not open here: give it httpfs");
        assertThat(duckdb.whyNotReadable("duckdb", Map.of("extension_directory", "/x"), onS3()))
                .isNull();
        assertThat(declared("files", "").whyNotReadable("arrow", Map.of(), onS3()))
                .contains("arrow opens file only");
        p.setProperty("opens", "file,s3");
        assertThat(IcebergAccess.of(p).whyNotReadable("polars", Map.of(), onS3()))
                .isNull();
        assertThat(declared("catalog", "").whyNotReadable("spark", Map.of(), onS3()))
                .isNull();
    }

    @Test
    void onlyAnEngineReadingTheCatalogIsSentTheCatalogsCredentials() {
        CatalogConnection rest = new CatalogConnection(
                CatalogKind.REST, "http://127.0.0.1:8181", "s3://w", Map.of("token", "secret-token"), null);
        assertThat(declared("catalog", "").connectionFor(rest)).isEqualTo(rest);
        CatalogConnection files = declared("files", "position").connectionFor(rest);
        assertThat(files.properties()).isEmpty();
        assertThat(files.uri()).isEqualTo(rest.uri());
        assertThat(files.toString()).doesNotContain("secret-token");
    }

    @Test
    void unknownDeclarationsAreRefused() {
        assertThatThrownBy(() -> declared("metastore", "")).hasMessageContaining("reads=metastore");
        assertThatThrownBy(() -> declared("files", "bitmap")).isInstanceOf(IllegalArgumentException.class);
    }
}
