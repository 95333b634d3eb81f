package io.icebench.cli.command;

import io.icebench.catalog.IcebergCatalog;
import io.icebench.catalog.TableName;
import io.icebench.catalog.generate.BenchmarkData;
import io.icebench.catalog.generate.SyntheticGenerator;
import io.icebench.catalog.generate.TableLayout;
import io.icebench.catalog.generate.TableOutcome;
import io.icebench.cli.IcebenchContext;
import io.icebench.cli.Main;
import io.icebench.cli.report.Format;
import io.icebench.cli.report.ProgressBar;
import io.icebench.core.config.CatalogConnection;
import io.icebench.core.config.Defaults;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code icebench generate tpch|tpcds|synthetic}: writes Iceberg tables through the metastore. */
@Command(
        name = "generate",
        mixinStandardHelpOptions = true,
        description = "Write generated Iceberg tables (Parquet, zstd) through the metastore.",
        subcommands = {GenerateCommand.Tpch.class, GenerateCommand.Tpcds.class, GenerateCommand.Synthetic.class})
public final class GenerateCommand {

    @Command(
            name = "tpch",
            mixinStandardHelpOptions = true,
            description = "All 8 TPC-H tables at a scale factor (io.trino.tpch, a port of dbgen).")
    static final class Tpch extends Benchmark {
        @Option(
                names = "--partitioned",
                description = "Partition lineitem by month(l_shipdate) and orders by month(o_orderdate).")
        boolean partitioned;

        Tpch() {
            super(BenchmarkData.TPCH);
        }

        @Override
        Map<String, String> presetPartitions() {
            return partitioned ? TableLayout.TPCH_PARTITIONS : Map.of();
        }
    }

    @Command(
            name = "tpcds",
            mixinStandardHelpOptions = true,
            description = "All 24 TPC-DS tables at a scale factor (io.trino.tpcds, a port of dsdgen).")
    static final class Tpcds extends Benchmark {
        Tpcds() {
            super(BenchmarkData.TPCDS);
        }
    }

    /** Options and work shared by the benchmark generators. */
    abstract static class Benchmark implements Callable<Integer> {
        private final BenchmarkData data;

        @Option(
                names = "--scale",
                defaultValue = "0.1",
                description = "Scale factor (default ${DEFAULT-VALUE}; 1 is about 1 GB of raw data).")
        double scale;

        @Option(names = "--namespace", description = "Namespace (default: tpch or tpcds).")
        String namespace;

        @Mixin
        CatalogOptions catalogOptions = new CatalogOptions();

        @Option(names = "--replace", description = "Regenerate tables that exist.")
        boolean replace;

        @Option(
                names = "--partition",
                paramLabel = "TABLE=TRANSFORM(COLUMN)",
                description = "Partition a table, e.g. customer=bucket(8, c_custkey) (repeatable).")
        Map<String, String> partitions = new LinkedHashMap<>();

        @Option(
                names = "--format-version",
                defaultValue = "2",
                description = "Iceberg format version, 2 or 3 (default ${DEFAULT-VALUE}).")
        int formatVersion;

        @Option(
                names = "--files",
                description = "Files per table and partition (default: cores, or one per million rows).")
        Integer files;

        Benchmark(BenchmarkData data) {
            this.data = data;
        }

        Map<String, String> presetPartitions() {
            return Map.of();
        }

        @Override
        public Integer call() {
            IcebenchContext context = IcebenchContext.load();
            String ns = namespace != null ? namespace : data.id();
            TableName.parse(ns + ".x", context.settings().catalogName(), ns);
            TableLayout layout =
                    new TableLayout(formatVersion, TableLayout.partitions(presetPartitions(), partitions), files);
            data.prepareAsync(); // while the metastore starts and the catalog connects
            CatalogConnection connection =
                    context.choose(catalogOptions.choice()).connection(System.out);
            try (IcebergCatalog catalog = context.catalog(connection)) {
                DataGeneration.run(data, catalog, scale, ns, layout, replace, System.out);
            } finally {
                StopIfStarted.stop(context, System.out);
            }
            return Main.OK;
        }
    }

    @Command(
            name = "synthetic",
            mixinStandardHelpOptions = true,
            description = "A sample table (id, category, price, quantity, created_at, description) from a seed.")
    static final class Synthetic implements Callable<Integer> {
        @Option(names = "--rows", required = true, description = "Number of rows.")
        long rows;

        @Option(names = "--table", required = true, description = "NAMESPACE.NAME (or CATALOG.NAMESPACE.NAME).")
        String table;

        @Option(names = "--seed", defaultValue = "42", description = "Random seed (default ${DEFAULT-VALUE}).")
        long seed;

        @Mixin
        CatalogOptions catalogOptions = new CatalogOptions();

        @Option(names = "--files", description = "Number of Parquet files (default: cores, or one per million rows).")
        Integer files;

        @Option(names = "--replace", description = "Regenerate the table if it exists.")
        boolean replace;

        @Override
        public Integer call() {
            IcebenchContext context = IcebenchContext.load();
            TableName name = TableName.parse(table, context.settings().catalogName(), "default");
            int cores = Runtime.getRuntime().availableProcessors();
            int fileCount =
                    files != null ? files : (int) Math.max(cores, Math.ceil(rows / (double) Defaults.ROWS_PER_FILE));
            CatalogConnection connection =
                    context.choose(catalogOptions.choice()).connection(System.out);
            long start = System.nanoTime();
            try (IcebergCatalog catalog = context.catalog(connection);
                    ProgressBar progress = new ProgressBar(System.out, name.toString())) {
                TableOutcome outcome =
                        new SyntheticGenerator(catalog, cores).generate(name, rows, seed, fileCount, replace, progress);
                double seconds = (System.nanoTime() - start) / 1e9;
                if (outcome.kept()) {
                    System.out.printf(
                            Locale.ROOT,
                            "✅ %s already has %s rows from seed %d: kept (use --replace to regenerate)%n",
                            name,
                            Format.count(outcome.rows()),
                            seed);
                } else {
                    System.out.printf(
                            Locale.ROOT,
                            "✅ wrote %s: %s rows, %d files, %s in %.1f s: %s rows/s (snapshot %d)%n",
                            name,
                            Format.count(outcome.rows()),
                            outcome.files(),
                            Format.bytes(outcome.bytes()),
                            seconds,
                            Format.count((long) (outcome.rows() / seconds)),
                            outcome.snapshotId());
                }
            } finally {
                StopIfStarted.stop(context, System.out);
            }
            return Main.OK;
        }
    }
}
