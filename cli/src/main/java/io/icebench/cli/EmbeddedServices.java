package io.icebench.cli;

import io.icebench.catalog.connect.CatalogChoice;
import io.icebench.catalog.connect.ConnectionResolver;
import io.icebench.catalog.metastore.EmbeddedMetastore;
import io.icebench.catalog.service.EmbeddedRestCatalog;
import io.icebench.catalog.service.EmbeddedS3;
import io.icebench.catalog.service.S3Access;
import io.icebench.catalog.storage.S3Probe;
import io.icebench.core.config.CatalogConnection;
import io.icebench.core.config.CatalogKind;
import io.icebench.core.config.ConfigException;
import io.icebench.core.config.ObjectStorage;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The embedded catalog (Hive Metastore or REST) and storage (S3 server) a command asked for, started and
 * leased for it; {@link #release()} gives them back (the last user stops a service nobody keeps).
 */
final class EmbeddedServices {

    private final IcebenchContext context;
    private boolean leasedS3;
    private boolean leasedRest;

    EmbeddedServices(IcebenchContext context) {
        this.context = context;
    }

    synchronized CatalogConnection connection(CatalogChoice choice, PrintStream out) {
        boolean rest = CatalogChoice.EMBEDDED_REST.equals(choice.catalog());
        ObjectStorage storage;
        String warehouse = choice.warehouse();
        if (choice.embeddedS3()) {
            S3Access access = useS3(out);
            storage = access.storage();
            warehouse = warehouse != null
                    ? warehouse
                    : "s3://" + EmbeddedS3.BUCKET + (rest ? "/rest-warehouse" : "/warehouse");
            S3Probe.check(access, warehouse);
        } else {
            storage = ConnectionResolver.storage(choice, context.settings(), Map.of(), warehouse)
                    .orElse(null);
        }
        if (rest) {
            return useRest(warehouse, storage, out);
        }
        if (storage != null && choice.embeddedS3()) {
            restartMetastoreWithoutS3(storage.endpoint(), out);
        }
        return context.embeddedMetastoreConnection(warehouse, out).withStorage(storage);
    }

    private S3Access useS3(PrintStream out) {
        EmbeddedS3 s3 = new EmbeddedS3(context.dataDir());
        if (s3.running().isEmpty()) {
            out.println("⏳ Starting the embedded S3 server (s3proxy, objects in "
                    + context.dataDir().resolve("s3") + ")...");
        }
        long start = System.nanoTime();
        EmbeddedS3.StartOutcome outcome = s3.use();
        leasedS3 = true;
        outcome.notes().forEach(note -> out.println("   " + note));
        if (outcome.started()) {
            out.printf(
                    "   up on %s (pid %d) in %.1f s%n",
                    outcome.state().endpoint(), outcome.state().pid(), (System.nanoTime() - start) / 1e9);
        }
        return s3.access();
    }

    private CatalogConnection useRest(String warehouse, ObjectStorage storage, PrintStream out) {
        EmbeddedRestCatalog catalog = new EmbeddedRestCatalog(context.dataDir());
        Map<String, String> properties = new LinkedHashMap<>();
        if (warehouse != null) {
            properties.put(EmbeddedRestCatalog.WAREHOUSE, warehouse);
        }
        if (storage != null) {
            properties.putAll(storage.icebergProperties());
        }
        if (catalog.running().isEmpty()) {
            out.println("⏳ Starting the embedded Iceberg REST catalog (data in "
                    + context.dataDir().resolve("rest") + ")...");
        }
        long start = System.nanoTime();
        EmbeddedRestCatalog.StartOutcome outcome = catalog.use(properties);
        leasedRest = true;
        outcome.notes().forEach(note -> out.println("   " + note));
        if (outcome.started()) {
            out.printf(
                    "   up on %s (pid %d) in %.1f s%n",
                    outcome.state().uri(), outcome.state().pid(), (System.nanoTime() - start) / 1e9);
        }
        Map<String, String> auth = Map.of("token", catalog.token());
        return new CatalogConnection(CatalogKind.REST, outcome.state().uri(), null, auth, storage);
    }

    /**
     * A metastore started before the S3 server (or before it moved to another port) cannot create namespaces on
     * it: restart it when nobody else uses it.
     */
    private void restartMetastoreWithoutS3(String endpoint, PrintStream out) {
        EmbeddedMetastore metastore = context.embeddedMetastore();
        if (metastore.running().map(state -> endpoint.equals(state.s3())).orElse(true)) {
            return;
        }
        EmbeddedMetastore.StopOutcome stopped = metastore.stop(false);
        if (!stopped.stopped() && metastore.running().isPresent()) {
            throw new ConfigException(
                    "the embedded metastore runs without the S3 server's settings (started before it, or before it moved) "
                            + "and other icebench commands use it; stop it with ./icebench metastore stop --force, then run again");
        }
        out.println("   restarted the embedded metastore so that it reaches the S3 server");
    }

    synchronized void release() {
        if (leasedS3) {
            leasedS3 = false;
            new EmbeddedS3(context.dataDir()).release();
        }
        if (leasedRest) {
            leasedRest = false;
            new EmbeddedRestCatalog(context.dataDir()).release();
        }
    }
}
