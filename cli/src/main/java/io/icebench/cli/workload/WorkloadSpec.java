package io.icebench.cli.workload;

import java.util.List;

/**
 * A workload as its YAML file gives it: a {@code name}, the {@code namespace} whose tables it reads and
 * changes (null: the command's), and its phases in order.
 */
public record WorkloadSpec(String name, String namespace, List<PhaseSpec> phases) {

    public WorkloadSpec {
        phases = phases == null ? List.of() : List.copyOf(phases);
    }
}
