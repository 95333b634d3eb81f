package io.icebench.cli.command;

import io.icebench.cli.Main;
import io.icebench.cli.suite.Suites;
import io.icebench.core.protocol.Json;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code icebench startup-training} (hidden): what the launcher runs once per build to record the classes every
 * command loads (the command line model, JSON, the built-in suites) into a class-data-sharing archive, which makes
 * each later command start about half a second sooner. Touches no data directory, prints nothing.
 */
@Command(name = "startup-training", hidden = true, description = "Loads the classes every command needs; no output.")
public final class StartupTraining implements Callable<Integer> {

    @Override
    public Integer call() throws Exception {
        PrintStream nowhere = new PrintStream(OutputStream.nullOutputStream());
        CommandLine cli = Main.commandLine();
        cli.getSubcommands().values().forEach(command -> command.usage(nowhere));
        String json = Json.MAPPER.writeValueAsString(Map.of("engine", "duckdb", "ms", 1.5));
        Json.MAPPER.readTree(json);
        Suites.load("tpch");
        return Main.OK;
    }
}
