package io.icebench.cli;

import io.icebench.catalog.connect.CatalogChoice;
import io.icebench.core.config.CatalogConnection;
import java.io.PrintStream;

/** The embedded catalog and storage a command asked for, started (leased) for it. */
final class EmbeddedServices {

    private final IcebenchContext context;

    EmbeddedServices(IcebenchContext context) {
        this.context = context;
    }

    CatalogConnection connection(CatalogChoice choice, PrintStream out) {
        return context.embeddedMetastoreConnection(choice.warehouse(), out);
    }
}
