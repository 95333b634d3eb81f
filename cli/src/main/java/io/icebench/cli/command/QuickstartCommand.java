package io.icebench.cli.command;

import io.icebench.catalog.IcebergCatalog;
import io.icebench.catalog.connect.CatalogChoice;
import io.icebench.cli.IcebenchContext;
import io.icebench.core.config.CatalogConnection;
import io.icebench.core.config.CatalogKind;
import io.icebench.core.config.Defaults;
import io.icebench.core.config.Settings;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code icebench quickstart}: embedded metastore, TPC-H if missing, the TPC-H suite on every engine
 * available here, the comparison and the results file. The metastore is left running for further runs.
 */
@Command(
        name = "quickstart",
        mixinStandardHelpOptions = true,
        description = "Start the embedded metastore, generate TPC-H, run it on every local engine, compare.")
public final class QuickstartCommand implements Callable<Integer> {

    @Option(names = "--scale", description = "TPC-H scale factor (default 0.1).")
    Double scale;

    @Mixin
    BenchmarkOptions options;

    @Mixin
    CatalogOptions catalogOptions = new CatalogOptions();

    @Override
    public Integer call() throws Exception {
        long start = System.nanoTime();
        IcebenchContext context = IcebenchContext.load();
        Settings s = context.settings();
        double sf = scale != null ? scale : Defaults.QUICKSTART_SCALE;
        System.out.println(
                "🧊 icebench " + Defaults.VERSION + " quickstart: TPC-H SF " + sf + " on every engine available here");
        CatalogChoice choice = catalogOptions.choice();
        // the embedded metastore's tpch is on local disk: tables on its S3 get their own namespace
        String namespace = choice.embeddedS3() && !CatalogChoice.EMBEDDED_REST.equals(choice.catalog())
                ? Defaults.TPCH_NAMESPACE + "_s3"
                : Defaults.TPCH_NAMESPACE;
        BenchmarkRequest request = QuickLook.request(options, s)
                .suite("tpch")
                .namespace(namespace)
                .keepMetastore(true)
                .build();
        boolean quick = QuickLook.appliesTo(options, s);
        if (quick) {
            System.out.println("🔎 " + QuickLook.describe());
        }
        CatalogConnection connection = context.choose(choice).connection(System.out);
        if (connection.kind() == CatalogKind.HIVE) {
            context.keepMetastore();
        }
        System.out.println("📦 TPC-H SF " + sf + " in " + s.catalogName() + "." + namespace + ":");
        try (IcebergCatalog catalog = context.catalog(connection)) {
            boolean replace = ScaleCheck.differs(catalog, namespace, sf, System.out);
            TpchGeneration.run(catalog, sf, namespace, replace, System.out);
        }
        int exit = new BenchmarkExecution(context, System.out).execute(request);
        System.out.printf("⏱  quickstart took %.1f s%n", (System.nanoTime() - start) / 1e9);
        if (connection.kind() == CatalogKind.HIVE && context.externalMetastore().isEmpty()) {
            System.out.println(
                    "ℹ️  The embedded metastore keeps running for further runs; stop it with: ./icebench metastore stop");
        }
        if (quick) {
            System.out.println("🎯 " + QuickLook.fullPrecisionHint(namespace, options.engines.engines));
        }
        return exit;
    }
}
