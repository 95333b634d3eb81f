package io.icebench.cli.command;

import io.icebench.catalog.connect.CatalogChoice;
import io.icebench.catalog.connect.ConnectionResolver;
import io.icebench.catalog.service.EmbeddedRestCatalog;
import io.icebench.catalog.service.EmbeddedS3;
import io.icebench.catalog.service.PrivateFiles;
import io.icebench.cli.IcebenchContext;
import io.icebench.cli.Main;
import io.icebench.core.config.CatalogConnection;
import io.icebench.core.protocol.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code icebench connection --output FILE}: resolves the catalog and storage as {@code run} would and writes
 * the connection, secrets included, as JSON to a 0600 file, for a server configured outside icebench (Trino).
 * The embedded services it needs are kept running, as their {@code start} commands would, because that server
 * reads from them after this command ends.
 */
@Command(
        name = "connection",
        hidden = true,
        mixinStandardHelpOptions = true,
        description = "Write the resolved catalog connection (with its secrets) as JSON to a file only you may read.")
public final class ConnectionCommand implements Callable<Integer> {

    @Option(
            names = "--output",
            required = true,
            paramLabel = "FILE",
            description = "Where to write the JSON (mode 0600).")
    Path output;

    @Mixin
    CatalogOptions catalogOptions = new CatalogOptions();

    @Override
    public Integer call() {
        IcebenchContext context = IcebenchContext.load();
        CatalogChoice choice = catalogOptions.choice();
        boolean external = ConnectionResolver.external(
                        choice, context.settings(), Path.of("").toAbsolutePath())
                .isPresent();
        try {
            CatalogConnection connection = context.choose(choice).connection(System.out);
            keepEmbeddedServices(context, choice, external);
            PrivateFiles.write(output, Json.MAPPER.writeValueAsString(connection));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + output + ": " + e.getMessage(), e);
        } finally {
            StopIfStarted.stop(context, System.out);
        }
        return Main.OK;
    }

    private static void keepEmbeddedServices(IcebenchContext context, CatalogChoice choice, boolean external) {
        if (choice.embeddedS3()) {
            new EmbeddedS3(context.dataDir()).start(0);
        }
        if (external) {
            return;
        }
        if (CatalogChoice.EMBEDDED_REST.equals(choice.catalog())) {
            new EmbeddedRestCatalog(context.dataDir()).start(0, Map.of());
        } else {
            context.keepMetastore();
        }
    }
}
