package io.icebench.cli.command;

import io.icebench.catalog.IcebergCatalog;
import io.icebench.catalog.mutate.DeleteMode;
import io.icebench.catalog.mutate.TpchRefresh;
import io.icebench.cli.IcebenchContext;
import io.icebench.cli.Main;
import io.icebench.core.config.CatalogConnection;
import io.icebench.core.config.Defaults;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code icebench mutate tpch}: TPC-H refresh pairs as Iceberg commits with a chosen kind of delete file. */
@Command(
        name = "mutate",
        mixinStandardHelpOptions = true,
        description = "Change generated tables with Iceberg commits (writes to the tables).",
        subcommands = {MutateCommand.Tpch.class})
public final class MutateCommand {

    @Command(
            name = "tpch",
            mixinStandardHelpOptions = true,
            description = "Apply N pairs of the TPC-H refresh functions: RF1 inserts SF×1500 new orders with their "
                    + "line items, RF2 deletes as many old ones, writing the chosen kind of delete file.")
    static final class Tpch implements Callable<Integer> {
        @Option(
                names = "--refresh",
                defaultValue = "1",
                description = "Number of refresh pairs (default ${DEFAULT-VALUE}).")
        int refreshes;

        @Option(
                names = "--delete-mode",
                defaultValue = "position",
                description = "position (v2 position delete files), equality (equality deletes on the order key) "
                        + "or dv (v3 deletion vectors); default ${DEFAULT-VALUE}.")
        String deleteMode;

        @Option(
                names = "--namespace",
                defaultValue = Defaults.TPCH_NAMESPACE,
                description = "Namespace (default ${DEFAULT-VALUE}).")
        String namespace;

        @Mixin
        CatalogOptions catalogOptions = new CatalogOptions();

        @Override
        public Integer call() {
            DeleteMode mode;
            try {
                mode = DeleteMode.valueOf(deleteMode.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new io.icebench.core.config.ConfigException(
                        "--delete-mode " + deleteMode + " is not one of position, equality, dv");
            }
            if (refreshes < 1 || refreshes > 1000) {
                throw new io.icebench.core.config.ConfigException("--refresh must be between 1 and 1000");
            }
            IcebenchContext context = IcebenchContext.load();
            CatalogConnection connection =
                    context.choose(catalogOptions.choice()).connection(System.out);
            long start = System.nanoTime();
            try (IcebergCatalog catalog = context.catalog(connection)) {
                List<TpchRefresh.Outcome> outcomes = new TpchRefresh(catalog)
                        .run(
                                namespace,
                                refreshes,
                                mode,
                                o -> System.out.printf(
                                        Locale.ROOT,
                                        "   refresh %d %-28s +%d rows (%d files)  -%d rows (%d %s "
                                                + "delete files)  snapshot %d%n",
                                        o.refresh(),
                                        o.table(),
                                        o.inserted(),
                                        o.dataFiles(),
                                        o.deleted(),
                                        o.deleteFiles(),
                                        mode.label(),
                                        o.snapshotId()));
                System.out.printf(
                        Locale.ROOT,
                        "✅ %d refresh pair%s with %s deletes in %.1f s: +%d rows, -%d rows%n",
                        refreshes,
                        refreshes == 1 ? "" : "s",
                        mode.label(),
                        (System.nanoTime() - start) / 1e9,
                        outcomes.stream()
                                .mapToLong(TpchRefresh.Outcome::inserted)
                                .sum(),
                        outcomes.stream()
                                .mapToLong(TpchRefresh.Outcome::deleted)
                                .sum());
            } finally {
                StopIfStarted.stop(context, System.out);
            }
            return Main.OK;
        }
    }
}
