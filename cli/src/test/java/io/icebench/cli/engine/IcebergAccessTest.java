package io.icebench.cli.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.icebench.core.model.DataFileRef;
import io.icebench.core.model.DeleteFileRef;
import io.icebench.core.model.DeleteKind;
import io.icebench.core.model.TableSnapshot;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class IcebergAccessTest {

    private static TableSnapshot withDeletes(DeleteKind... kinds) {
        List<DeleteFileRef> deletes = java.util.Arrays.stream(kinds)
                .map(k -> new DeleteFileRef(k, "/d.parquet", "file:/d.parquet", List.of(), 2, 1, 10)).toList();
        return new TableSnapshot("warehouse", "tpch", "orders", "/t", 7, List.of(),
                List.of(DataFileRef.of("/a.parquet", 10, 100)), deletes, 10, 100, null);
    }

    private static IcebergAccess declared(String reads, String deletes) {
        Properties p = new Properties();
        p.setProperty("reads", reads);
        p.setProperty("applies-deletes", deletes);
        return IcebergAccess.of(p);
    }

    @Test
    void aFileEngineReadsOnlyTheDeleteKindsItDeclares() {
        IcebergAccess duckdb = declared("files", "position,equality");
        assertThat(duckdb.whyNotReadable("duckdb", withDeletes())).isNull();
        assertThat(duckdb.whyNotReadable("duckdb", withDeletes(DeleteKind.POSITION, DeleteKind.EQUALITY))).isNull();
        // deletion vectors arrive converted into position delete files
        assertThat(duckdb.whyNotReadable("duckdb", withDeletes(DeleteKind.DELETION_VECTOR))).isNull();
        IcebergAccess positionsOnly = declared("files", "position");
        assertThat(positionsOnly.whyNotReadable("x", withDeletes(DeleteKind.POSITION, DeleteKind.EQUALITY)))
                .contains("warehouse.tpch.orders").contains("equality deletes").doesNotContain("position");
    }

    @Test
    void anEngineThatAppliesNoDeletesRefusesEveryTableWithDeletes() {
        IcebergAccess arrow = declared("files", "");
        assertThat(arrow.whyNotReadable("arrow", withDeletes())).isNull();
        assertThat(arrow.whyNotReadable("arrow", withDeletes(DeleteKind.DELETION_VECTOR)))
                .isEqualTo("snapshot 7 of warehouse.tpch.orders has deletion-vector deletes, which arrow does not "
                        + "apply (it would count deleted rows)");
    }

    @Test
    void anEngineReadingTheCatalogAppliesDeletesItself() {
        IcebergAccess spark = declared("catalog", "");
        assertThat(spark.whyNotReadable("spark", withDeletes(DeleteKind.EQUALITY, DeleteKind.POSITION))).isNull();
    }

    @Test
    void unknownDeclarationsAreRefused() {
        assertThatThrownBy(() -> declared("metastore", "")).hasMessageContaining("reads=metastore");
        assertThatThrownBy(() -> declared("files", "bitmap")).isInstanceOf(IllegalArgumentException.class);
    }
}
