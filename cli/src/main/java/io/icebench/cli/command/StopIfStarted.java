package io.icebench.cli.command;

import io.icebench.cli.IcebenchContext;
import java.io.PrintStream;

/** A command that started the embedded metastore for itself stops it again, leaving nothing running. */
final class StopIfStarted {

    private StopIfStarted() {
    }

    static void stop(IcebenchContext context, PrintStream out) {
        if (context.startedMetastore()) {
            context.embeddedMetastore().stop();
            out.println("⏹  stopped the embedded metastore this command started "
                    + "(keep one running with ./icebench metastore start)");
        }
    }
}
