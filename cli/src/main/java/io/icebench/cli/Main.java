package io.icebench.cli;

import io.icebench.catalog.ServiceFailure;
import io.icebench.catalog.storage.StorageAccessException;
import io.icebench.cli.command.CompareCommand;
import io.icebench.cli.command.ConnectionCommand;
import io.icebench.cli.command.EnginesCommand;
import io.icebench.cli.command.GenerateCommand;
import io.icebench.cli.command.MaintenanceCommands;
import io.icebench.cli.command.MetastoreCommand;
import io.icebench.cli.command.MutateCommand;
import io.icebench.cli.command.QuickstartCommand;
import io.icebench.cli.command.ReportCommand;
import io.icebench.cli.command.RestCommand;
import io.icebench.cli.command.RunCommand;
import io.icebench.cli.command.S3Command;
import io.icebench.cli.command.ScaleCommand;
import io.icebench.cli.command.StartupTraining;
import io.icebench.cli.command.WorkloadCommand;
import io.icebench.core.config.ConfigException;
import io.icebench.core.config.Defaults;
import io.icebench.core.config.Secrets;
import io.icebench.core.model.ErrorKind;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code icebench}: exit 0 when all went well, 1 when a benchmark had failures, 2 for usage or configuration errors. */
@Command(
        name = "icebench",
        mixinStandardHelpOptions = true,
        version = "icebench " + Defaults.VERSION,
        description =
                "Benchmarks query engines on the same Apache Iceberg tables (Hive Metastore or REST catalog, local disk or S3).",
        subcommands = {
            QuickstartCommand.class,
            RunCommand.class,
            GenerateCommand.class,
            MetastoreCommand.class,
            RestCommand.class,
            S3Command.class,
            ConnectionCommand.class,
            EnginesCommand.class,
            MutateCommand.class,
            MaintenanceCommands.Compact.class,
            MaintenanceCommands.ExpireSnapshots.class,
            CompareCommand.class,
            ScaleCommand.class,
            ReportCommand.class,
            WorkloadCommand.class,
            StartupTraining.class,
            CommandLine.HelpCommand.class
        })
public final class Main {

    public static final int OK = 0;
    public static final int FAILURES = 1;
    public static final int USAGE = 2;
    /** 128 + SIGINT, as shells report a command stopped by Ctrl-C. */
    public static final int INTERRUPTED = 130;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new Main());
        cli.setExecutionExceptionHandler((error, command, parsed) -> {
            Throwable cause = rootOfInterest(error);
            if (ShutdownOrder.interrupted()) {
                return INTERRUPTED; // the work was stopped by Ctrl-C; its cleanup says what it did
            }
            if (cause instanceof StorageAccessException storage && storage.kind() != ErrorKind.SETUP) {
                command.getErr()
                        .println("icebench: " + storage.kind().label() + ": " + Secrets.maskText(cause.getMessage()));
                return FAILURES;
            }
            if (cause instanceof ConfigException) {
                command.getErr().println("icebench: " + Secrets.maskText(cause.getMessage()));
                return USAGE;
            }
            if (cause instanceof ServiceFailure failure) {
                command.getErr()
                        .println("icebench: " + failure.kind().label() + ": " + Secrets.maskText(cause.getMessage()));
                return FAILURES;
            }
            if (outOfMemory(error)) {
                command.getErr()
                        .println(
                                "icebench: the coordinator ran out of its "
                                        + Runtime.getRuntime().maxMemory() / (1024 * 1024)
                                        + " MB heap; give it more with ICEBENCH_CLI_HEAP (e.g. ICEBENCH_CLI_HEAP=4g ./icebench ...)");
                return FAILURES;
            }
            command.getErr().println("icebench: " + Secrets.maskText(oneLine(cause)));
            command.getErr().println("(details: run again with ICEBENCH_DEBUG=1 for the stack trace)");
            if (System.getenv("ICEBENCH_DEBUG") != null) {
                error.printStackTrace(command.getErr());
            }
            return FAILURES;
        });
        cli.setParameterExceptionHandler((error, args) -> {
            error.getCommandLine()
                    .getErr()
                    .println("icebench: " + Secrets.maskText(error.getMessage()) + " (see: ./icebench "
                            + error.getCommandLine().getCommandName() + " --help)");
            return USAGE;
        });
        return cli;
    }

    private static Throwable rootOfInterest(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof ConfigException || t instanceof ServiceFailure) {
                return t;
            }
        }
        return error;
    }

    private static boolean outOfMemory(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof OutOfMemoryError) {
                return true;
            }
        }
        return false;
    }

    private static String oneLine(Throwable error) {
        String message = error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
        return message.strip();
    }
}
