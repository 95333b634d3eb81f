package io.icebench.cli.command;

import io.icebench.catalog.IcebergCatalog;
import io.icebench.catalog.connect.CatalogChoice;
import io.icebench.cli.IcebenchContext;
import io.icebench.cli.suite.Suite;
import io.icebench.cli.suite.Suites;
import io.icebench.core.config.CatalogConnection;
import io.icebench.core.config.CatalogKind;
import io.icebench.core.config.Defaults;
import io.icebench.core.config.Settings;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code icebench quickstart}: embedded metastore, the suite's tables (TPC-H by default) if missing, the suite on
 * every engine available here, the comparison and the results file. The metastore is left running for further runs.
 */
@Command(
        name = "quickstart",
        mixinStandardHelpOptions = true,
        description = "Start the embedded metastore, generate TPC-H, run it on every local engine, compare.")
public final class QuickstartCommand implements Callable<Integer> {

    @Option(names = "--scale", description = "Scale factor of the generated tables (default 0.1).")
    Double scale;

    @Option(
            names = "--suite",
            description = "Suite to generate and run: tpch (default), another built-in suite, or a directory.")
    String suite = "tpch";

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
        Suite chosen = Suites.load(suite);
        System.out.println("🧊 icebench " + Defaults.VERSION + " quickstart: " + chosen.name() + " SF " + sf
                + " on every engine available here");
        CatalogChoice choice = catalogOptions.choice();
        String suiteNamespace = chosen.namespace();
        // the embedded metastore's tables are on local disk: tables on its S3 get their own namespace
        String namespace = choice.embeddedS3() && !CatalogChoice.EMBEDDED_REST.equals(choice.catalog())
                ? suiteNamespace + "_s3"
                : suiteNamespace;
        BenchmarkRequest request = QuickLook.request(options, s)
                .suite(suite)
                .namespace(namespace)
                .keepMetastore(true)
                .build();
        boolean quick = QuickLook.appliesTo(options, s);
        if (quick) {
            System.out.println("🔎 " + QuickLook.describe());
        }
        // made while the metastore starts, if it must; done before any engine is measured
        CompletableFuture<Void> prepared = chosen.generator().isPresent()
                        && context.embeddedMetastore().running().isEmpty()
                ? chosen.generator().get().data().prepareAsync()
                : CompletableFuture.completedFuture(null);
        CatalogConnection connection = context.choose(choice).connection(System.out);
        if (connection.kind() == CatalogKind.HIVE) {
            context.keepMetastore();
        }
        if (chosen.generator().isPresent()) {
            System.out.println("📦 " + chosen.name() + " SF " + sf + " in " + s.catalogName() + "." + namespace + ":");
        }
        try (IcebergCatalog catalog = context.catalog(connection)) {
            SuiteGeneration.run(chosen, catalog, sf, namespace, System.out);
        }
        prepared.join();
        int exit = new BenchmarkExecution(context, System.out).execute(request);
        System.out.printf("⏱  quickstart took %.1f s%n", (System.nanoTime() - start) / 1e9);
        if (connection.kind() == CatalogKind.HIVE && context.externalMetastore().isEmpty()) {
            System.out.println(
                    "ℹ️  The embedded metastore keeps running for further runs; stop it with: ./icebench metastore stop");
        }
        if (quick) {
            System.out.println(
                    "🎯 " + QuickLook.fullPrecisionHint(suite, suiteNamespace, namespace, options.engines.engines));
        }
        return exit;
    }
}
