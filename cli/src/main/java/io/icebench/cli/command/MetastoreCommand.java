package io.icebench.cli.command;

import io.icebench.catalog.metastore.EmbeddedMetastore;
import io.icebench.catalog.metastore.MetastoreState;
import io.icebench.cli.IcebenchContext;
import io.icebench.cli.Main;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code icebench metastore start|stop|status}: the embedded Hive Metastore of the data directory. */
@Command(
        name = "metastore",
        mixinStandardHelpOptions = true,
        description =
                "Start, stop or show the embedded Hive Metastore (Thrift on 127.0.0.1, Derby under the data directory).",
        subcommands = {MetastoreCommand.Start.class, MetastoreCommand.Stop.class, MetastoreCommand.Status.class})
public final class MetastoreCommand {

    @Command(
            name = "start",
            mixinStandardHelpOptions = true,
            description = "Start it in the background (port 9083 if free); it runs until metastore stop.")
    static final class Start implements Callable<Integer> {
        @Option(names = "--port", description = "Port to use (default: 9083 if free, else any free port).")
        int port;

        @Override
        public Integer call() {
            IcebenchContext context = IcebenchContext.load();
            EmbeddedMetastore metastore = context.embeddedMetastore();
            long start = System.nanoTime();
            EmbeddedMetastore.StartOutcome outcome = metastore.start(port);
            outcome.notes().forEach(note -> System.out.println("note: " + note));
            MetastoreState state = outcome.state();
            if (outcome.started()) {
                System.out.printf(
                        "metastore started: %s (pid %d) in %.1f s; log %s%n",
                        state.uri(), state.pid(), (System.nanoTime() - start) / 1e9, state.log());
            } else {
                System.out.printf("metastore already running: %s (pid %d)%n", state.uri(), state.pid());
            }
            context.externalMetastore()
                    .ifPresent(uri -> System.out.println("note: HIVE_METASTORE_URI is set (" + uri
                            + "), so other commands use that metastore, not this one"));
            return Main.OK;
        }
    }

    @Command(
            name = "stop",
            mixinStandardHelpOptions = true,
            description = "Stop it; while other icebench commands use it, it stops when the last of them ends.")
    static final class Stop implements Callable<Integer> {
        @Option(names = "--force", description = "Stop it now, even while other icebench commands use it.")
        boolean force;

        @Override
        public Integer call() {
            EmbeddedMetastore.StopOutcome outcome =
                    IcebenchContext.load().embeddedMetastore().stop(force);
            ServiceStopReport.print(
                    System.out,
                    "metastore",
                    outcome.state(),
                    outcome.state() == null ? null : outcome.state().uri(),
                    outcome.stopped(),
                    outcome.users(),
                    outcome.notes());
            return Main.OK;
        }
    }

    @Command(
            name = "status",
            mixinStandardHelpOptions = true,
            description = "Print URI, pid and uptime; exit 1 when it is not running.")
    static final class Status implements Callable<Integer> {
        @Override
        public Integer call() {
            IcebenchContext context = IcebenchContext.load();
            EmbeddedMetastore metastore = context.embeddedMetastore();
            Optional<MetastoreState> running = metastore.running();
            if (running.isPresent()) {
                MetastoreState s = running.get();
                Duration up = Duration.between(Instant.parse(s.startedAt()), Instant.now());
                System.out.printf(
                        "running: %s  pid %d  uptime %dh %02dm %02ds  data %s  log %s%n",
                        s.uri(), s.pid(), up.toHours(), up.toMinutesPart(), up.toSecondsPart(), s.dataDir(), s.log());
                return Main.OK;
            }
            String problem = metastore.staleStateProblem();
            System.out.println("not running" + (problem == null ? "" : ": " + problem)
                    + " (start it with ./icebench metastore start)");
            return Main.FAILURES;
        }
    }
}
