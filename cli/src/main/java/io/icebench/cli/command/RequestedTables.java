package io.icebench.cli.command;

import io.icebench.catalog.IcebergCatalog;
import io.icebench.catalog.TableName;
import io.icebench.cli.command.BenchmarkRequest.Workload;
import io.icebench.core.config.ConfigException;
import io.icebench.core.model.TableSnapshot;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.iceberg.catalog.Namespace;
import org.apache.iceberg.catalog.TableIdentifier;

/**
 * The tables a workload reads, resolved to snapshots: the table given with a single query, else every table
 * of the namespace (all eight TPC-H tables for the tpch suite); plus tables pinned with {@code --snapshot}.
 */
final class RequestedTables {

    private static final List<String> TPCH_TABLES =
            List.of("customer", "lineitem", "nation", "orders", "part", "partsupp", "region", "supplier");

    private RequestedTables() {}

    static List<TableSnapshot> resolve(IcebergCatalog catalog, Workload workload) {
        Map<TableName, Long> pinned = new LinkedHashMap<>();
        workload.snapshots()
                .forEach((table, id) -> pinned.put(TableName.parse(table, catalog.name(), workload.namespace()), id));
        List<TableName> names = new ArrayList<>();
        if (workload.table() != null && workload.suite() == null) {
            names.add(TableName.parse(workload.table(), catalog.name(), workload.namespace()));
        } else {
            names.addAll(namespaceTables(catalog, workload));
        }
        for (TableName name : pinned.keySet()) {
            if (!names.contains(name)) {
                names.add(name); // a table outside the namespace, pinned for a query that names it
            }
        }
        return names.stream()
                .map(name -> catalog.resolve(name, pinned.get(name)))
                .toList();
    }

    private static List<TableName> namespaceTables(IcebergCatalog catalog, Workload workload) {
        Namespace namespace = Namespace.of(workload.namespace());
        boolean tpch = "tpch".equals(workload.suite());
        if (!catalog.namespaces().namespaceExists(namespace)) {
            throw new ConfigException("namespace " + catalog.name() + "." + workload.namespace() + " does not exist; "
                    + (tpch ? "make it with ./icebench generate tpch" : "choose --namespace"));
        }
        List<TableName> names = catalog.iceberg().listTables(namespace).stream()
                .map(TableIdentifier::name)
                .sorted()
                .map(table -> new TableName(catalog.name(), workload.namespace(), table))
                .toList();
        if (tpch) {
            List<String> missing = new ArrayList<>(TPCH_TABLES);
            names.forEach(t -> missing.remove(t.table()));
            if (!missing.isEmpty()) {
                throw new ConfigException("namespace " + workload.namespace() + " lacks TPC-H tables " + missing
                        + "; make them with ./icebench generate tpch --namespace " + workload.namespace());
            }
        }
        return names;
    }
}
