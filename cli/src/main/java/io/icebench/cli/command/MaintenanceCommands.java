package io.icebench.cli.command;

import io.icebench.catalog.IcebergCatalog;
import io.icebench.catalog.TableName;
import io.icebench.catalog.mutate.Maintenance;
import io.icebench.cli.IcebenchContext;
import io.icebench.cli.Main;
import io.icebench.core.config.CatalogConnection;
import io.icebench.core.config.ConfigException;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.iceberg.Table;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Table maintenance commands; each writes to the named table. */
public final class MaintenanceCommands {

    private MaintenanceCommands() {}

    @Command(
            name = "compact",
            mixinStandardHelpOptions = true,
            description = "Rewrite a table's live rows into new files without delete files (a new snapshot).")
    public static final class Compact implements Callable<Integer> {
        @Parameters(paramLabel = "TABLE", description = "NAMESPACE.NAME or CATALOG.NAMESPACE.NAME")
        String table;

        @Mixin
        CatalogOptions catalogOptions = new CatalogOptions();

        @Override
        public Integer call() {
            return withTable(table, catalogOptions, (name, t) -> {
                long start = System.nanoTime();
                Maintenance.Compacted c = Maintenance.compact(t);
                System.out.printf(
                        Locale.ROOT,
                        "✅ compacted %s in %.1f s: %d live rows from %d data + %d delete files "
                                + "into %d data files (snapshot %d)%n",
                        name,
                        (System.nanoTime() - start) / 1e9,
                        c.rows(),
                        c.dataFilesBefore(),
                        c.deleteFilesBefore(),
                        c.dataFilesAfter(),
                        c.snapshotId());
            });
        }
    }

    @Command(
            name = "expire-snapshots",
            mixinStandardHelpOptions = true,
            description = "Expire all but the newest snapshots of a table (their unreferenced files are deleted).")
    public static final class ExpireSnapshots implements Callable<Integer> {
        @Parameters(paramLabel = "TABLE", description = "NAMESPACE.NAME or CATALOG.NAMESPACE.NAME")
        String table;

        @Option(names = "--keep", defaultValue = "1", description = "Snapshots to keep (default ${DEFAULT-VALUE}).")
        int keep;

        @Mixin
        CatalogOptions catalogOptions = new CatalogOptions();

        @Override
        public Integer call() {
            if (keep < 1) {
                throw new ConfigException("--keep must be at least 1");
            }
            return withTable(
                    table,
                    catalogOptions,
                    (name, t) -> System.out.printf(
                            Locale.ROOT, "✅ %s keeps %d snapshot(s)%n", name, Maintenance.expireSnapshots(t, keep)));
        }
    }

    private interface TableAction {
        void apply(TableName name, Table table);
    }

    private static int withTable(String text, CatalogOptions catalogOptions, TableAction action) {
        IcebenchContext context = IcebenchContext.load();
        TableName name = TableName.parse(text, context.settings().catalogName(), "default");
        CatalogConnection connection = context.choose(catalogOptions.choice()).connection(System.out);
        try (IcebergCatalog catalog = context.catalog(connection)) {
            action.apply(name, catalog.load(name));
        } finally {
            StopIfStarted.stop(context, System.out);
        }
        return Main.OK;
    }
}
