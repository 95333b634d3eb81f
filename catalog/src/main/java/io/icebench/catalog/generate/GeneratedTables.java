package io.icebench.catalog.generate;

import io.icebench.catalog.IcebergCatalog;
import io.icebench.core.config.ConfigException;
import java.util.Map;
import java.util.Objects;
import org.apache.iceberg.Table;
import org.apache.iceberg.catalog.Namespace;
import org.apache.iceberg.catalog.TableIdentifier;

/** Decides, for a table a generator is about to write, whether to keep, replace or refuse. */
final class GeneratedTables {

    static final String GENERATOR_PROPERTY = "icebench.generator";

    private GeneratedTables() {}

    /**
     * Creates the namespace unless it exists; an existing one whose location is outside the chosen warehouse
     * is refused, since its new tables would go there ({@code --storage s3} over a namespace on local disk).
     */
    static void ensureNamespace(IcebergCatalog catalog, String namespace) {
        Namespace ns = Namespace.of(namespace);
        if (!catalog.namespaces().namespaceExists(ns)) {
            catalog.namespaces().createNamespace(ns);
            return;
        }
        String warehouse = catalog.connection().warehouse();
        String location = catalog.namespaces().loadNamespaceMetadata(ns).get("location");
        if (warehouse != null && location != null && !comparable(location).startsWith(comparable(warehouse))) {
            throw new ConfigException("namespace " + namespace + " exists at " + location + ", outside the warehouse "
                    + warehouse + " chosen for new tables; choose another --namespace (e.g. " + namespace + "_s3)");
        }
    }

    /** {@code file:/x}, {@code file:///x} and {@code s3a://b} compare as {@code file:/x} and {@code s3://b}. */
    private static String comparable(String location) {
        String text = location.replaceFirst("^file:/+", "file:/").replaceFirst("^s3a://", "s3://");
        return text.endsWith("/") ? text : text + "/";
    }

    /**
     * Returns the existing table when it was generated with exactly {@code identity} and is complete; drops
     * it when {@code replace} or when it is an unfinished earlier attempt; refuses otherwise.
     */
    static Table keepOrDrop(IcebergCatalog catalog, TableIdentifier id, Map<String, String> identity, boolean replace) {
        if (!catalog.exists(id)) {
            return null;
        }
        Table table = catalog.iceberg().loadTable(id);
        boolean complete = table.currentSnapshot() != null;
        boolean same = identity.entrySet().stream()
                .allMatch(e -> Objects.equals(table.properties().get(e.getKey()), e.getValue()));
        if (same && complete && !replace) {
            return table;
        }
        boolean ours = table.properties().containsKey(GENERATOR_PROPERTY);
        if (!replace && complete) {
            throw new ConfigException("table " + id + " already exists"
                    + (ours
                            ? " with other generator settings " + describe(table, identity)
                            : " and was not made by icebench")
                    + "; use --replace to regenerate it, or --namespace to write elsewhere");
        }
        if (!replace && !ours) {
            throw new ConfigException(
                    "table " + id + " exists and was not made by icebench; " + "use --namespace to write elsewhere");
        }
        catalog.iceberg().dropTable(id, true);
        return null;
    }

    private static String describe(Table table, Map<String, String> identity) {
        StringBuilder out = new StringBuilder("(");
        identity.keySet()
                .forEach(k -> out.append(out.length() > 1 ? ", " : "")
                        .append(k)
                        .append('=')
                        .append(table.properties().get(k)));
        return out.append(")").toString();
    }
}
