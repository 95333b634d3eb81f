package io.icebench.cli.command;

import io.icebench.cli.IcebenchContext;
import java.io.PrintStream;

/** A command that used the embedded metastore gives it up; the last user stops it, leaving nothing running. */
final class StopIfStarted {

    private StopIfStarted() {}

    static void stop(IcebenchContext context, PrintStream out) {
        context.releaseServices();
        if (context.releaseMetastore()) {
            out.println("⏹  stopped the embedded metastore: no other command uses it "
                    + "(keep one running with ./icebench metastore start)");
        }
    }
}
