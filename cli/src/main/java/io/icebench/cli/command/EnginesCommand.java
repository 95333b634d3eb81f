package io.icebench.cli.command;

import io.icebench.cli.IcebenchContext;
import io.icebench.cli.Main;
import io.icebench.cli.engine.EngineCache;
import io.icebench.cli.engine.EngineDescriptor;
import io.icebench.cli.engine.EngineRegistry;
import io.icebench.cli.engine.WorkerVersions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code icebench engines}: every engine, whether it can run here, its version (from a real worker, remembered per
 * worker identity: {@link WorkerVersions}) and why not. */
@Command(
        name = "engines",
        mixinStandardHelpOptions = true,
        description = "List every engine: available or not, version, how it reads Iceberg.",
        subcommands = EnginesCommand.Setup.class)
public final class EnginesCommand implements Callable<Integer> {

    @picocli.CommandLine.Option(
            names = "--versions",
            paramLabel = "ENGINE",
            description = "List the versions ENGINE can be had at, for --engines ENGINE@VERSION.")
    String versionsOf;

    /** {@code icebench engines setup python}: make (or check) the Python engines' virtual environment now. */
    @Command(
            name = "setup",
            mixinStandardHelpOptions = true,
            description = "Prepare an engine family ahead of a run: python (the venv of Polars and Daft).")
    static final class Setup implements Callable<Integer> {
        @picocli.CommandLine.Parameters(paramLabel = "FAMILY", description = "python")
        String family;

        @Override
        public Integer call() {
            if (!"python".equals(family)) {
                throw new io.icebench.core.config.ConfigException("engines setup knows only 'python'");
            }
            IcebenchContext context = IcebenchContext.load();
            io.icebench.cli.engine.PythonEnvironment python = context.pythonEnvironment(System.out);
            java.util.Map<String, String> unavailable = python.unavailable();
            System.out.println(
                    "Python environment: " + python.python().getParent().getParent());
            for (String engine : java.util.List.of("polars", "daft")) {
                String reason = unavailable.getOrDefault("*", unavailable.get(engine));
                System.out.println("  " + engine + ": " + (reason == null ? "ready" : "unavailable: " + reason));
            }
            return unavailable.containsKey("*") || unavailable.containsKey("polars") ? Main.FAILURES : Main.OK;
        }
    }

    @Option(
            names = "--probe",
            description = "Start every engine's worker to ask its version, even one started before with the same"
                    + " JVM, jars and settings (whose answer is otherwise remembered).")
    boolean probe;

    @Override
    public Integer call() throws Exception {
        IcebenchContext context = IcebenchContext.load();
        if (versionsOf != null) {
            return EngineVersionsListing.print(context, versionsOf);
        }
        Path logs = context.dataDir().resolve("logs");
        Files.createDirectories(logs);
        EngineRegistry registry = context.engines(System.out, Duration.ofSeconds(3));
        List<EngineDescriptor> engines = registry.all();
        Map<String, WorkerVersions.Probe> probes = new WorkerVersions(EngineCache.root(), logs)
                .probe(
                        engines.stream().filter(EngineDescriptor::available).toList(),
                        probe,
                        starting -> System.err.println("⏳ starting the workers of " + String.join(", ", starting)
                                + " to ask their versions (once:"
                                + " remembered until their JVM, files or settings change)..."));
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"ENGINE", "STATUS", "VERSION", "READS ICEBERG / REASON"});
        boolean anyRemembered = false;
        for (EngineDescriptor engine : engines) {
            WorkerVersions.Probe started = probes.get(engine.name());
            String status = "available";
            String version = "-";
            String detail = engine.readsIceberg();
            if (!engine.available()) {
                status = "unavailable";
                detail = engine.unavailableReason();
            } else if (started.failure() != null) {
                status = "unavailable";
                detail = started.failure();
            } else {
                version = started.version() + (started.remembered() ? " *" : "");
                anyRemembered |= started.remembered();
            }
            if (registry.onlyWhenNamed(engine.name()) && engine.available()) {
                detail = detail + " [only when named in --engines]";
            }
            rows.add(new String[] {engine.name(), status, version, detail});
        }
        int versionWidth = rows.stream().mapToInt(r -> r[2].length()).max().orElse(7);
        for (String[] row : rows) {
            System.out.printf(Locale.ROOT, "%-10s %-12s %-" + versionWidth + "s  %s%n", (Object[]) row);
        }
        if (anyRemembered) {
            System.out.println("* as its worker said when started before with the same JVM, files and settings"
                    + " (--probe starts every worker again)");
        }
        return Main.OK;
    }
}
