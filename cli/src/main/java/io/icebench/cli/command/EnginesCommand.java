package io.icebench.cli.command;

import io.icebench.cli.IcebenchContext;
import io.icebench.cli.Main;
import io.icebench.cli.engine.EngineDescriptor;
import io.icebench.cli.run.WorkerFailure;
import io.icebench.cli.run.WorkerProcess;
import io.icebench.core.protocol.Message;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code icebench engines}: every engine, whether it can run here, its version (asked from a real worker) and why not. */
@Command(name = "engines", mixinStandardHelpOptions = true,
        description = "List every engine: available or not, version, how it reads Iceberg.")
public final class EnginesCommand implements Callable<Integer> {

    @Override
    public Integer call() throws Exception {
        IcebenchContext context = IcebenchContext.load();
        Path logs = context.dataDir().resolve("logs");
        Files.createDirectories(logs);
        System.out.printf(Locale.ROOT, "%-10s %-12s %-22s %s%n", "ENGINE", "STATUS", "VERSION", "READS ICEBERG / REASON");
        for (EngineDescriptor engine : context.engines(System.out).all()) {
            String status = "available";
            String version = "-";
            String detail = engine.readsIceberg();
            if (!engine.available()) {
                status = "unavailable";
                detail = engine.unavailableReason();
            } else {
                try (WorkerProcess worker = WorkerProcess.start(engine.command(), logs.resolve("engines-" + engine.name() + ".log"), engine.environment())) {
                    Message hello = worker.receive(Duration.ofMinutes(1), engine.name() + " worker start-up");
                    version = ((Message.Hello) hello).version();
                } catch (WorkerFailure e) {
                    status = "unavailable";
                    detail = e.failure().kind().label() + ": " + e.failure().oneLine();
                }
            }
            System.out.printf(Locale.ROOT, "%-10s %-12s %-22s %s%n", engine.name(), status, version, detail);
        }
        return Main.OK;
    }
}
