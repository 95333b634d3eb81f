package io.icebench.cli.workload;

import io.icebench.catalog.IcebergCatalog;
import io.icebench.catalog.TableName;
import io.icebench.catalog.mutate.DeleteMode;
import io.icebench.catalog.mutate.Maintenance;
import io.icebench.catalog.mutate.TpchRefresh;
import io.icebench.core.config.ConfigException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.iceberg.Snapshot;
import org.apache.iceberg.Table;
import org.apache.iceberg.catalog.Namespace;
import org.apache.iceberg.catalog.TableIdentifier;

/**
 * The workload's writes to the tables of one namespace, through the catalog (the same code as {@code mutate},
 * {@code compact} and {@code expire-snapshots}), and what the tables look like now.
 */
public final class TableMaintenance {

    private final IcebergCatalog catalog;
    private final String namespace;

    public TableMaintenance(IcebergCatalog catalog, String namespace) {
        this.catalog = catalog;
        this.namespace = namespace;
        if (!catalog.namespaces().namespaceExists(Namespace.of(namespace))) {
            throw new ConfigException("namespace " + catalog.name() + "." + namespace + " does not exist; make it "
                    + "with ./icebench generate tpch --namespace " + namespace + " (or choose --namespace)");
        }
    }

    /** Each table of the namespace ({@code namespace.table}) with its current snapshot: what a read pins. */
    Map<String, Long> currentSnapshots() {
        Map<String, Long> pinned = new LinkedHashMap<>();
        for (TableName name : tables(List.of())) {
            Snapshot current = catalog.load(name).currentSnapshot();
            if (current != null) {
                pinned.put(namespace + "." + name.table(), current.snapshotId());
            }
        }
        return pinned;
    }

    /** How many snapshots each table keeps, by {@code namespace.table}. */
    Map<String, Integer> snapshotCounts() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (TableName name : tables(List.of())) {
            int n = 0;
            for (Snapshot ignored : catalog.load(name).snapshots()) {
                n++;
            }
            counts.put(namespace + "." + name.table(), n);
        }
        return counts;
    }

    String refresh(PhaseSpec.Refresh phase) {
        DeleteMode mode = DeleteMode.valueOf(phase.deleteMode().toUpperCase(Locale.ROOT));
        List<TpchRefresh.Outcome> outcomes = new TpchRefresh(catalog).run(namespace, phase.pairs(), mode, o -> {});
        return String.format(
                Locale.ROOT,
                "%d refresh pair(s), %s deletes: +%d rows, -%d rows, %d delete files",
                phase.pairs(),
                mode.label(),
                outcomes.stream().mapToLong(TpchRefresh.Outcome::inserted).sum(),
                outcomes.stream().mapToLong(TpchRefresh.Outcome::deleted).sum(),
                outcomes.stream().mapToInt(TpchRefresh.Outcome::deleteFiles).sum());
    }

    String compact(PhaseSpec.Compact phase) {
        List<String> done = new ArrayList<>();
        for (TableName name : tables(phase.tables())) {
            Table table = catalog.load(name);
            if (!phase.tables().isEmpty() || hasDeletes(table)) {
                Maintenance.Compacted c = Maintenance.compact(table);
                done.add(String.format(
                        Locale.ROOT,
                        "%s %d+%d → %d files",
                        name.table(),
                        c.dataFilesBefore(),
                        c.deleteFilesBefore(),
                        c.dataFilesAfter()));
            }
        }
        return done.isEmpty() ? "no table had delete files" : "compacted " + String.join(", ", done);
    }

    String expireSnapshots(PhaseSpec.ExpireSnapshots phase) {
        List<String> done = new ArrayList<>();
        for (TableName name : tables(phase.tables())) {
            done.add(name.table() + " keeps " + Maintenance.expireSnapshots(catalog.load(name), phase.keep()));
        }
        return String.join(", ", done);
    }

    private static boolean hasDeletes(Table table) {
        Snapshot current = table.currentSnapshot();
        if (current == null) {
            return false;
        }
        String deletes = current.summary().get("total-delete-files");
        return deletes != null && Long.parseLong(deletes) > 0;
    }

    /** The named tables (unqualified names are in the namespace), or every table of the namespace. */
    private List<TableName> tables(List<String> named) {
        if (!named.isEmpty()) {
            return named.stream()
                    .map(t -> TableName.parse(t, catalog.name(), namespace))
                    .toList();
        }
        return catalog.iceberg().listTables(Namespace.of(namespace)).stream()
                .map(TableIdentifier::name)
                .sorted()
                .map(t -> new TableName(catalog.name(), namespace, t))
                .toList();
    }
}
