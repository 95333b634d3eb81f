package io.icebench.cli.command;

import io.icebench.catalog.IcebergCatalog;
import io.icebench.catalog.generate.TpchGenerator;
import java.io.PrintStream;
import org.apache.iceberg.Table;
import org.apache.iceberg.catalog.Namespace;
import org.apache.iceberg.catalog.TableIdentifier;

/** Quickstart regenerates its TPC-H tables when they were made at another scale factor. */
final class ScaleCheck {

    private ScaleCheck() {}

    static boolean differs(IcebergCatalog catalog, String namespace, double scale, PrintStream out) {
        TableIdentifier lineitem = TableIdentifier.of(Namespace.of(namespace), "lineitem");
        if (!catalog.exists(lineitem)) {
            return false;
        }
        Table table = catalog.iceberg().loadTable(lineitem);
        String existing = table.properties().get(TpchGenerator.SCALE_PROPERTY);
        if (existing != null && !existing.equals(Double.toString(scale))) {
            out.println("   tables exist at scale " + existing + "; regenerating at scale " + scale);
            return true;
        }
        return false;
    }
}
