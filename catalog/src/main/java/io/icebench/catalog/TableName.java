package io.icebench.catalog;

import io.icebench.core.config.ConfigException;
import java.util.regex.Pattern;
import org.apache.iceberg.catalog.Namespace;
import org.apache.iceberg.catalog.TableIdentifier;

/** A table name as the user writes it: {@code catalog.namespace.table}, {@code namespace.table} or {@code table}. */
public record TableName(String catalog, String namespace, String table) {

    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    public static TableName parse(String text, String catalogName, String defaultNamespace) {
        if (text == null || text.isBlank()) {
            throw new ConfigException(
                    "no table given: pass TABLE or set TABLE_NAME (e.g. " + catalogName + ".tpch.lineitem)");
        }
        String[] parts = text.strip().split("\\.", -1);
        for (String part : parts) {
            if (!IDENTIFIER.matcher(part).matches()) {
                throw new ConfigException("table name '" + text + "' is not a dotted list of identifiers "
                        + "(letters, digits, _), e.g. " + catalogName + ".tpch.lineitem");
            }
        }
        return switch (parts.length) {
            case 1 -> new TableName(catalogName, defaultNamespace, parts[0]);
            case 2 -> new TableName(catalogName, parts[0], parts[1]);
            case 3 -> {
                if (!parts[0].equals(catalogName)) {
                    throw new ConfigException("catalog '" + parts[0] + "' in '" + text + "' is unknown: icebench's "
                            + "catalog is named '" + catalogName + "' (set ICEBENCH_CATALOG to rename it)");
                }
                yield new TableName(parts[0], parts[1], parts[2]);
            }
            default ->
                throw new ConfigException(
                        "table name '" + text + "' has too many parts; expected " + "catalog.namespace.table");
        };
    }

    public TableIdentifier identifier() {
        return TableIdentifier.of(Namespace.of(namespace), table);
    }

    @Override
    public String toString() {
        return catalog + "." + namespace + "." + table;
    }
}
