package io.icebench.cli;

import io.icebench.catalog.IcebergCatalog;
import io.icebench.catalog.connect.CatalogChoice;
import io.icebench.catalog.connect.ConnectionResolver;
import io.icebench.catalog.metastore.EmbeddedMetastore;
import io.icebench.catalog.metastore.MetastoreState;
import io.icebench.cli.engine.EngineRegistry;
import io.icebench.cli.engine.PythonEnvironment;
import io.icebench.cli.run.WorkerTempDirs;
import io.icebench.core.config.CatalogConnection;
import io.icebench.core.config.Settings;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What every command needs: settings (environment over {@code benchmark.env}), the data directory, the
 * engines of this checkout, and the catalog: the user's own when configured, else an embedded one.
 */
public final class IcebenchContext {

    private final Settings settings;
    private final Path home;
    private volatile boolean leasedMetastore;
    private CatalogChoice choice = CatalogChoice.defaults();
    private CatalogConnection connection;
    private EmbeddedServices services;

    private IcebenchContext(Settings settings, Path home) {
        this.settings = settings;
        this.home = home;
    }

    public static IcebenchContext load() {
        Path cwd = Path.of("").toAbsolutePath();
        String home = System.getProperty("icebench.home");
        IcebenchContext context =
                new IcebenchContext(Settings.load(cwd, System.getenv()), home == null ? cwd : Path.of(home));
        WorkerTempDirs.useBase(context.dataDir().resolve("tmp"));
        return context;
    }

    public Settings settings() {
        return settings;
    }

    public Path dataDir() {
        return settings.dataDir();
    }

    public EmbeddedMetastore embeddedMetastore() {
        return new EmbeddedMetastore(dataDir());
    }

    public EngineRegistry engines(PrintStream out) {
        return EngineRegistry.discover(home, pythonEnvironment(out), settings);
    }

    /** The engines, for a listing that waits at most {@code pythonWait} for the Python environment to be made. */
    public EngineRegistry engines(PrintStream out, java.time.Duration pythonWait) {
        return EngineRegistry.discover(home, pythonEnvironment(out).waitingAtMost(pythonWait), settings);
    }

    public PythonEnvironment pythonEnvironment(PrintStream out) {
        return new PythonEnvironment(home, out);
    }

    public Optional<String> externalMetastore() {
        return settings.get("HIVE_METASTORE_URI");
    }

    /** Uses the catalog and storage chosen on the command line (over the environment) for this command. */
    public IcebenchContext choose(CatalogChoice chosen) {
        this.choice = chosen;
        return this;
    }

    /** The chosen catalog, resolved once per command; an embedded catalog or storage is started (leased) for it. */
    public synchronized CatalogConnection connection(PrintStream out) {
        if (connection == null) {
            connection = ConnectionResolver.external(
                            choice, settings, Path.of("").toAbsolutePath())
                    .orElseGet(() -> embeddedServices().connection(choice, out));
        }
        return connection;
    }

    /** The embedded Hive Metastore's connection, its tables under {@code warehouse} (null: the data directory's). */
    public CatalogConnection embeddedMetastoreConnection(String warehouse, PrintStream out) {
        String uri = metastoreUri(out);
        return CatalogConnection.hive(uri)
                .withWarehouse(
                        warehouse == null
                                ? dataDir().resolve("warehouse").toUri().toString()
                                : warehouse);
    }

    private synchronized EmbeddedServices embeddedServices() {
        if (services == null) {
            services = new EmbeddedServices(this);
            // a command stopped by Ctrl-C still gives the services back: the last user stops them
            Runtime.getRuntime()
                    .addShutdownHook(new Thread(
                            () -> {
                                ShutdownOrder.awaitCleanups();
                                releaseServices();
                            },
                            "icebench-services-release"));
        }
        return services;
    }

    /** Ends this command's use of the embedded S3 server and REST catalog (each stops after its last user). */
    public void releaseServices() {
        EmbeddedServices leased;
        synchronized (this) {
            leased = services;
        }
        if (leased != null) {
            leased.release();
        }
    }

    /**
     * The metastore URI to use, starting the embedded metastore when none is configured or running. The
     * embedded one is leased to this command until {@link #releaseMetastore()}: it keeps running while any
     * command still uses it.
     */
    public String metastoreUri(PrintStream out) {
        EmbeddedMetastore embedded = embeddedMetastore();
        if (!leasedMetastore) {
            Optional<MetastoreState> running = embedded.running();
            if (running.isEmpty()) {
                out.println("⏳ Starting the embedded Hive Metastore (data in " + dataDir() + ")...");
            }
        }
        long start = System.nanoTime();
        EmbeddedMetastore.StartOutcome outcome = embedded.use();
        if (!leasedMetastore) {
            // a command stopped by Ctrl-C still gives the metastore back: the last user stops it
            Runtime.getRuntime()
                    .addShutdownHook(new Thread(
                            () -> {
                                ShutdownOrder.awaitCleanups();
                                releaseMetastore();
                            },
                            "icebench-metastore-release"));
        }
        leasedMetastore = true;
        outcome.notes().forEach(note -> out.println("   " + note));
        if (outcome.started()) {
            out.printf(
                    "   up on %s (pid %d) in %.1f s%n",
                    outcome.state().uri(), outcome.state().pid(), (System.nanoTime() - start) / 1e9);
        }
        return outcome.state().uri();
    }

    /**
     * Ends this command's use of the embedded metastore; true when that stopped it (no other command uses
     * it and it was not started with {@code metastore start}).
     */
    public synchronized boolean releaseMetastore() {
        if (!leasedMetastore) {
            return false;
        }
        leasedMetastore = false;
        return embeddedMetastore().release().isPresent();
    }

    /** Keeps the embedded metastore running after this command, as {@code metastore start} would. */
    public void keepMetastore() {
        if (externalMetastore().isEmpty()) {
            embeddedMetastore().start(0);
        }
    }

    public IcebergCatalog catalog(CatalogConnection connection) {
        return IcebergCatalog.connect(
                connection, settings.catalogName(), dataDir().resolve("cache"));
    }
}
