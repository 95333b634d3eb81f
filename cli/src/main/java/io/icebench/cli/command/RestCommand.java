package io.icebench.cli.command;

import io.icebench.catalog.connect.CatalogChoice;
import io.icebench.catalog.connect.ConnectionResolver;
import io.icebench.catalog.service.EmbeddedRestCatalog;
import io.icebench.catalog.service.EmbeddedS3;
import io.icebench.catalog.service.RestState;
import io.icebench.cli.IcebenchContext;
import io.icebench.cli.Main;
import io.icebench.core.config.ObjectStorage;
import io.icebench.core.config.Settings;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code icebench rest start|stop|status}: the embedded Iceberg REST catalog of the data directory. */
@Command(
        name = "rest",
        mixinStandardHelpOptions = true,
        description =
                "Start, stop or show the embedded Iceberg REST catalog (127.0.0.1 only, bearer token, SQLite under the data directory).",
        subcommands = {RestCommand.Start.class, RestCommand.Stop.class, RestCommand.Status.class})
public final class RestCommand {

    private static EmbeddedRestCatalog catalog(IcebenchContext context) {
        return new EmbeddedRestCatalog(context.dataDir());
    }

    @Command(
            name = "start",
            mixinStandardHelpOptions = true,
            description = "Start it in the background (port 8181 if free); it runs until rest stop.")
    static final class Start implements Callable<Integer> {
        @Option(names = "--port", description = "Port to use (default: 8181 if free, else any free port).")
        int port;

        @Option(
                names = "--warehouse",
                paramLabel = "LOCATION",
                description =
                        "Where new tables go: a directory or s3://bucket/prefix (default: <data dir>/warehouse-rest).")
        String warehouse;

        @Override
        public Integer call() {
            IcebenchContext context = IcebenchContext.load();
            EmbeddedRestCatalog rest = catalog(context);
            long start = System.nanoTime();
            EmbeddedRestCatalog.StartOutcome outcome = rest.start(port, catalogProperties(context.settings()));
            outcome.notes().forEach(note -> System.out.println("note: " + note));
            RestState state = outcome.state();
            if (outcome.started()) {
                System.out.printf(
                        "REST catalog started: %s (pid %d) in %.1f s%n",
                        state.uri(), state.pid(), (System.nanoTime() - start) / 1e9);
            } else {
                System.out.printf("REST catalog already running: %s (pid %d)%n", state.uri(), state.pid());
            }
            System.out.printf(
                    "  warehouse %s%n  token file %s (send it as Authorization: Bearer)%n  log %s%n",
                    state.warehouse(), state.tokenFile(), state.log());
            return Main.OK;
        }

        /**
         * The warehouse, and for one on S3 the file IO with the embedded S3 server's settings (its bucket, when it
         * runs) or the standard AWS ones; they reach the server in its 0600 properties file.
         */
        private Map<String, String> catalogProperties(Settings settings) {
            Map<String, String> properties = new LinkedHashMap<>();
            if (warehouse == null) {
                return properties;
            }
            boolean s3 = warehouse.startsWith("s3://") || warehouse.startsWith("s3a://");
            if (!s3 && !warehouse.contains("://") && !warehouse.startsWith("file:")) {
                String uri =
                        Path.of(warehouse).toAbsolutePath().normalize().toUri().toString();
                properties.put(
                        EmbeddedRestCatalog.WAREHOUSE, uri.endsWith("/") ? uri.substring(0, uri.length() - 1) : uri);
                return properties;
            }
            properties.put(EmbeddedRestCatalog.WAREHOUSE, warehouse);
            if (s3) {
                // the embedded S3 server's bucket with its keys, else the standard AWS settings
                EmbeddedS3 embedded = new EmbeddedS3(settings.dataDir());
                ObjectStorage storage = warehouse.startsWith("s3://" + EmbeddedS3.BUCKET + "/")
                                && embedded.running().isPresent()
                        ? embedded.access().storage()
                        : ConnectionResolver.storage(CatalogChoice.defaults(), settings, Map.of(), warehouse)
                                .orElseThrow();
                properties.putAll(storage.icebergProperties());
            }
            return properties;
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
            EmbeddedRestCatalog.StopOutcome outcome =
                    catalog(IcebenchContext.load()).stop(force);
            ServiceStopReport.print(
                    System.out,
                    "REST catalog",
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
            description = "Print URI, warehouse, pid and uptime; exit 1 when it is not running.")
    static final class Status implements Callable<Integer> {
        @Override
        public Integer call() {
            EmbeddedRestCatalog rest = catalog(IcebenchContext.load());
            Optional<RestState> running = rest.running();
            if (running.isPresent()) {
                RestState s = running.get();
                Duration up = Duration.between(Instant.parse(s.startedAt()), Instant.now());
                System.out.printf(
                        "running: %s  pid %d  uptime %dh %02dm %02ds  warehouse %s  token file %s  log %s%n",
                        s.uri(),
                        s.pid(),
                        up.toHours(),
                        up.toMinutesPart(),
                        up.toSecondsPart(),
                        s.warehouse(),
                        s.tokenFile(),
                        s.log());
                return Main.OK;
            }
            String problem = rest.staleStateProblem();
            System.out.println(
                    "not running" + (problem == null ? "" : ": " + problem) + " (start it with ./icebench rest start)");
            return Main.FAILURES;
        }
    }
}
