package io.icebench.cli.workload;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import io.icebench.core.config.ConfigException;
import java.util.List;
import java.util.Locale;

/**
 * One phase of a workload as its YAML file gives it ({@code type:} says which). Every phase may have an
 * {@code id}; without one it is named by its type and position.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = PhaseSpec.Read.class, name = "read"),
    @JsonSubTypes.Type(value = PhaseSpec.Refresh.class, name = "refresh"),
    @JsonSubTypes.Type(value = PhaseSpec.Compact.class, name = "compact"),
    @JsonSubTypes.Type(value = PhaseSpec.ExpireSnapshots.class, name = "expire-snapshots"),
    @JsonSubTypes.Type(value = PhaseSpec.Sql.class, name = "sql"),
    @JsonSubTypes.Type(value = PhaseSpec.Repeat.class, name = "repeat")
})
public sealed interface PhaseSpec {

    String id();

    /** The phase's type as written in the file. */
    String kind();

    /** Refuses values the phase cannot run with; {@code where} names the phase in the message. */
    default void check(String where) {}

    /**
     * A suite run on the engines ({@code engines} empty: the command's), every table pinned to the snapshot of
     * this moment; {@code queries} empty: the command's {@code --queries}, else the whole suite.
     */
    record Read(String id, String suite, List<String> engines, List<String> queries) implements PhaseSpec {
        public Read {
            suite = suite == null ? "tpch" : suite;
            engines = engines == null ? List.of() : List.copyOf(engines);
            queries = queries == null ? List.of() : List.copyOf(queries);
        }

        @Override
        public String kind() {
            return "read";
        }
    }

    /** {@code pairs} TPC-H refresh pairs (RF1 inserts, RF2 deletes) with {@code delete-mode} delete files. */
    record Refresh(String id, Integer pairs, String deleteMode) implements PhaseSpec {
        public Refresh {
            pairs = pairs == null ? 1 : pairs;
            deleteMode = deleteMode == null ? "position" : deleteMode.strip().toLowerCase(Locale.ROOT);
        }

        @Override
        public String kind() {
            return "refresh";
        }

        @Override
        public void check(String where) {
            if (pairs < 1 || pairs > 1000) {
                throw new ConfigException(where + ": pairs must be between 1 and 1000");
            }
            if (!List.of("position", "equality", "dv").contains(deleteMode)) {
                throw new ConfigException(where + ": delete-mode '" + deleteMode + "' is not position, equality or dv");
            }
        }
    }

    /** Rewrites {@code tables} (empty: every table of the namespace that has delete files) without deletes. */
    record Compact(String id, List<String> tables) implements PhaseSpec {
        public Compact {
            tables = tables == null ? List.of() : List.copyOf(tables);
        }

        @Override
        public String kind() {
            return "compact";
        }
    }

    /** Expires all but the newest {@code keep} snapshots of {@code tables} (empty: every table of the namespace). */
    record ExpireSnapshots(String id, Integer keep, List<String> tables) implements PhaseSpec {
        public ExpireSnapshots {
            keep = keep == null ? 1 : keep;
            tables = tables == null ? List.of() : List.copyOf(tables);
        }

        @Override
        public String kind() {
            return "expire-snapshots";
        }

        @Override
        public void check(String where) {
            if (keep < 1) {
                throw new ConfigException(where + ": keep must be at least 1");
            }
        }
    }

    /** SQL run once on one engine, writes allowed (e.g. a MERGE or DELETE through Spark). */
    record Sql(String id, String engine, String sql) implements PhaseSpec {
        @Override
        public String kind() {
            return "sql";
        }

        @Override
        public void check(String where) {
            if (engine == null || engine.isBlank()) {
                throw new ConfigException(where + ": an sql phase needs engine: (e.g. spark)");
            }
            if (sql == null || sql.isBlank()) {
                throw new ConfigException(where + ": an sql phase needs sql:");
            }
        }
    }

    /** {@code phases} run {@code times} times in order (a round of writes and reads, say). */
    record Repeat(String id, Integer times, List<PhaseSpec> phases) implements PhaseSpec {
        public Repeat {
            times = times == null ? 1 : times;
            phases = phases == null ? List.of() : List.copyOf(phases);
        }

        @Override
        public String kind() {
            return "repeat";
        }

        @Override
        public void check(String where) {
            if (times < 1 || times > 1000) {
                throw new ConfigException(where + ": times must be between 1 and 1000");
            }
            if (phases.isEmpty()) {
                throw new ConfigException(where + ": a repeat needs phases:");
            }
        }
    }
}
