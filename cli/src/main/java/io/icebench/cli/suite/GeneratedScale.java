package io.icebench.cli.suite;

import io.icebench.catalog.IcebergCatalog;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.iceberg.catalog.Namespace;
import org.apache.iceberg.catalog.TableIdentifier;

/**
 * The scale factor a suite's tables were generated at, from the table property an icebench generator writes
 * ({@code icebench.tpch.scale}, {@code icebench.<generator>.scale}); empty for tables the user brought.
 */
public final class GeneratedScale {

    private static final Pattern PROPERTY = Pattern.compile("icebench\\.[a-z0-9_]+\\.scale");

    private GeneratedScale() {}

    public static Optional<String> of(IcebergCatalog catalog, String namespace, List<String> tables) {
        for (String table : tables) {
            TableIdentifier id = TableIdentifier.of(Namespace.of(namespace), table);
            if (catalog.exists(id)) {
                Map<String, String> properties = catalog.iceberg().loadTable(id).properties();
                Optional<String> scale = properties.entrySet().stream()
                        .filter(e -> PROPERTY.matcher(e.getKey()).matches())
                        .map(Map.Entry::getValue)
                        .findFirst();
                if (scale.isPresent()) {
                    return scale;
                }
            }
        }
        return Optional.empty();
    }
}
