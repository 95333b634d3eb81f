package io.icebench.cli.workload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.icebench.core.config.ConfigException;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorkloadFileTest {

    @Test
    void repeatsAreUnrolledInOrderWithUniqueIds() {
        WorkloadSpec spec = WorkloadFile.parse("""
                name: w
                namespace: ns
                phases:
                  - type: read
                    queries: [q4]
                  - type: repeat
                    times: 2
                    phases:
                      - type: refresh
                        delete-mode: DV
                      - {type: read, id: r}
                  - {type: sql, engine: spark, sql: DELETE FROM t}
                  - {type: expire-snapshots, keep: 2}
                """, "w.yaml");
        List<PlannedPhase> phases = WorkloadFile.expand(spec);
        assertThat(phases)
                .extracting(PlannedPhase::id)
                .containsExactly("read-1", "refresh-2", "r-1", "refresh-4", "r-2", "sql-6", "expire-snapshots-7");
        assertThat(phases.get(1).phase()).isEqualTo(new PhaseSpec.Refresh(null, 1, "dv"));
        assertThat(((PhaseSpec.Read) phases.get(0).phase()).suite()).isEqualTo("tpch");
        assertThat(spec.namespace()).isEqualTo("ns");
    }

    @Test
    void theLongevityWorkloadIsABaselineRoundsACompactionAndARead() {
        List<PlannedPhase> phases = WorkloadFile.expand(BuiltInWorkloads.longevity(3, "position", "tpch"));
        assertThat(phases)
                .extracting(p -> p.phase().kind())
                .containsExactly("read", "refresh", "read", "refresh", "read", "refresh", "read", "compact", "read");
    }

    @Test
    void mistakesAreRefusedInOneLineNamingThePlace() {
        assertThatThrownBy(() -> WorkloadFile.parse("phases:\n  - type: reed\n", "w.yaml"))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("w.yaml: line 2:")
                .hasMessageContaining("reed");
        assertThatThrownBy(() -> WorkloadFile.parse("phases:\n  - type: read\n    sweet: tpch\n", "w.yaml"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("sweet");
        assertThatThrownBy(() -> WorkloadFile.expand(WorkloadFile.parse("phases:\n  - type: sql\n", "w.yaml")))
                .isInstanceOf(ConfigException.class)
                .hasMessage("phase sql: an sql phase needs engine: (e.g. spark)");
        assertThatThrownBy(() -> WorkloadFile.parse("name: x\n", "w.yaml"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("needs phases");
    }
}
