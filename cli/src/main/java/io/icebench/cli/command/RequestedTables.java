package io.icebench.cli.command;

import io.icebench.catalog.IcebergCatalog;
import io.icebench.catalog.TableName;
import io.icebench.cli.command.BenchmarkRequest.Workload;
import io.icebench.cli.suite.Suite;
import io.icebench.cli.suite.SuiteGenerator;
import io.icebench.core.config.ConfigException;
import io.icebench.core.model.TableSnapshot;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.iceberg.catalog.Namespace;
import org.apache.iceberg.catalog.TableIdentifier;

/**
 * The tables a workload reads, resolved to snapshots: the table given with a single query, else every table
 * of the namespace (which must hold the tables the suite's descriptor lists); plus tables pinned with
 * {@code --snapshot}.
 */
final class RequestedTables {

    private RequestedTables() {}

    /** {@code suite}: the loaded suite when the workload names one. */
    static List<TableSnapshot> resolve(IcebergCatalog catalog, Workload workload, Suite suite) {
        Map<TableName, Long> pinned = new LinkedHashMap<>();
        workload.snapshots()
                .forEach((table, id) -> pinned.put(TableName.parse(table, catalog.name(), workload.namespace()), id));
        List<TableName> names = new ArrayList<>();
        if (workload.table() != null && workload.suite() == null) {
            names.add(TableName.parse(workload.table(), catalog.name(), workload.namespace()));
        } else {
            names.addAll(namespaceTables(catalog, workload, suite));
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

    private static List<TableName> namespaceTables(IcebergCatalog catalog, Workload workload, Suite suite) {
        Namespace namespace = Namespace.of(workload.namespace());
        Optional<SuiteGenerator> generator = suite == null ? Optional.empty() : suite.generator();
        String make = generator
                .map(g -> "make them with ./icebench generate " + g.command() + " --namespace " + workload.namespace())
                .orElse("create them there or choose --namespace");
        if (!catalog.namespaces().namespaceExists(namespace)) {
            throw new ConfigException("namespace " + catalog.name() + "." + workload.namespace() + " does not exist; "
                    + (generator.isPresent() ? make : "choose --namespace"));
        }
        List<TableName> names = catalog.iceberg().listTables(namespace).stream()
                .map(TableIdentifier::name)
                .sorted()
                .map(table -> new TableName(catalog.name(), workload.namespace(), table))
                .toList();
        if (suite != null && !suite.descriptor().tables().isEmpty()) {
            List<String> missing = new ArrayList<>(suite.descriptor().tables());
            names.forEach(t -> missing.remove(t.table()));
            if (!missing.isEmpty()) {
                throw new ConfigException("namespace " + workload.namespace() + " lacks the " + suite.name()
                        + " tables " + missing + "; " + make);
            }
        }
        return names;
    }
}
