package io.icebench.cli.command;

import io.icebench.cli.IcebenchContext;
import io.icebench.cli.Main;
import io.icebench.cli.engine.EngineDescriptor;
import io.icebench.cli.engine.EngineRegistry;
import io.icebench.cli.run.WorkerFailure;
import io.icebench.cli.run.WorkerProcess;
import io.icebench.core.protocol.Message;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code icebench engines}: every engine, whether it can run here, its version (asked from a real worker) and why not. */
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

    @Override
    public Integer call() throws Exception {
        IcebenchContext context = IcebenchContext.load();
        if (versionsOf != null) {
            return EngineVersionsListing.print(context, versionsOf);
        }
        Path logs = context.dataDir().resolve("logs");
        Files.createDirectories(logs);
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"ENGINE", "STATUS", "VERSION", "READS ICEBERG / REASON"});
        EngineRegistry registry = context.engines(System.out, Duration.ofSeconds(3));
        for (EngineDescriptor engine : registry.all()) {
            String status = "available";
            String version = "-";
            String detail = engine.readsIceberg();
            if (!engine.available()) {
                status = "unavailable";
                detail = engine.unavailableReason();
            } else {
                try (WorkerProcess worker = WorkerProcess.start(
                        engine.command(), logs.resolve("engines-" + engine.name() + ".log"), engine.environment())) {
                    Message hello = worker.receive(Duration.ofMinutes(1), engine.name() + " worker start-up");
                    version = ((Message.Hello) hello).version();
                } catch (WorkerFailure e) {
                    status = "unavailable";
                    detail = e.failure().kind().label() + ": " + e.failure().oneLine();
                }
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
        return Main.OK;
    }
}
