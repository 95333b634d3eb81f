package io.icebench.cli.command;

import io.icebench.catalog.IcebergCatalog;
import io.icebench.cli.IcebenchContext;
import io.icebench.cli.Main;
import io.icebench.cli.run.EnvironmentProbe;
import io.icebench.cli.workload.BuiltInWorkloads;
import io.icebench.cli.workload.PlannedPhase;
import io.icebench.cli.workload.TableMaintenance;
import io.icebench.cli.workload.WorkloadFile;
import io.icebench.cli.workload.WorkloadJournal;
import io.icebench.cli.workload.WorkloadOutputs;
import io.icebench.cli.workload.WorkloadRunner;
import io.icebench.cli.workload.WorkloadSpec;
import io.icebench.core.config.ConfigException;
import io.icebench.core.config.Defaults;
import io.icebench.core.model.Environment;
import io.icebench.core.workload.WorkloadResults;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code icebench workload run FILE.yaml|longevity}: phases of reads, writes and maintenance, round by round. */
@Command(
        name = "workload",
        mixinStandardHelpOptions = true,
        description = "Run a workload: an ordered list of phases (reads, TPC-H refreshes, compaction, snapshot "
                + "expiry, SQL on one engine) measured round by round (writes to the tables).",
        subcommands = {WorkloadCommand.Run.class})
public final class WorkloadCommand {

    @Command(
            name = "run",
            mixinStandardHelpOptions = true,
            description = "Run a workload file (YAML, see docs/workloads.md) or the built-in longevity workload.")
    static final class Run implements Callable<Integer> {

        @Parameters(paramLabel = "WORKLOAD", description = "A workload YAML file, or longevity.")
        String workload;

        @Option(names = "--rounds", description = "longevity: refresh-and-read rounds (default 3).")
        Integer rounds;

        @Option(
                names = "--delete-mode",
                description = "longevity: position, equality or dv delete files (default position).")
        String deleteMode;

        @Option(names = "--suite", description = "longevity: the suite each read runs (default tpch).")
        String suite;

        @Option(
                names = "--namespace",
                description =
                        "Namespace of the tables (default: the file's namespace, else ICEBENCH_NAMESPACE or tpch).")
        String namespace;

        @Mixin
        BenchmarkOptions options;

        @Mixin
        CatalogOptions catalogOptions = new CatalogOptions();

        @Override
        public Integer call() throws Exception {
            PrintStream out = System.out;
            WorkloadSpec spec = spec();
            List<PlannedPhase> phases = WorkloadFile.expand(spec);
            IcebenchContext context = IcebenchContext.load().choose(catalogOptions.choice());
            String ns = namespace != null
                    ? namespace
                    : spec.namespace() != null
                            ? spec.namespace()
                            : context.settings().get("ICEBENCH_NAMESPACE").orElse(Defaults.TPCH_NAMESPACE);
            WorkloadOutputs outputs =
                    new WorkloadOutputs(options.output != null ? options.output : Path.of("workload_results.json"));
            Environment environment =
                    EnvironmentProbe.probe(Map.of("data_dir", context.dataDir().toString()));
            CoordinatorPhases engines = new CoordinatorPhases(context, options, ns, environment, out);
            // the command's options are checked before anything runs
            if (engines.base().build().measurement().iterations().coldOnly()) {
                throw new ConfigException("a workload compares each round's medians: --iterations 0 measures none;"
                        + " use --iterations 1 or more");
            }
            try (IcebergCatalog catalog = context.catalog(context.connection(out));
                    WorkloadJournal journal = WorkloadJournal.create(outputs.journal())) {
                WorkloadRunner runner = new WorkloadRunner(
                        spec.name() == null ? workload : spec.name(),
                        ns,
                        phases,
                        engines,
                        new TableMaintenance(catalog, ns),
                        journal,
                        outputs.phaseResults(),
                        out);
                WorkloadResults results = InterruptibleWorkload.run(runner, environment, outputs, out);
                if (journal.failure() != null) {
                    out.println("⚠️  " + journal.failure());
                }
                return exitCode(runner, results, out);
            } finally {
                StopIfStarted.stop(context, out);
            }
        }

        private WorkloadSpec spec() {
            if (BuiltInWorkloads.isBuiltIn(workload)) {
                int n = rounds == null ? 3 : rounds;
                if (n < 1 || n > 1000) {
                    throw new ConfigException("--rounds must be between 1 and 1000");
                }
                return BuiltInWorkloads.longevity(
                        n, deleteMode == null ? "position" : deleteMode, suite == null ? "tpch" : suite);
            }
            if (rounds != null || deleteMode != null || suite != null) {
                throw new ConfigException("--rounds, --delete-mode and --suite go with the built-in longevity "
                        + "workload; a workload file says them in its phases");
            }
            return WorkloadFile.read(Path.of(workload));
        }

        private static int exitCode(WorkloadRunner runner, WorkloadResults results, PrintStream out) {
            if (runner.aborted()) {
                return Main.INTERRUPTED;
            }
            if (runner.stoppedBy() instanceof ConfigException e) {
                System.err.println("icebench: " + e.getMessage());
                return Main.USAGE;
            }
            boolean enginesOk = results.rounds().stream()
                    .flatMap(r -> r.engines().stream())
                    .allMatch(e -> e.status().equals("ok"));
            return runner.stoppedBy() == null && results.verified() && enginesOk ? Main.OK : Main.FAILURES;
        }
    }
}
