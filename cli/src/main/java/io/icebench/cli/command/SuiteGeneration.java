package io.icebench.cli.command;

import io.icebench.catalog.IcebergCatalog;
import io.icebench.catalog.generate.TableLayout;
import io.icebench.cli.suite.GeneratedScale;
import io.icebench.cli.suite.Suite;
import io.icebench.cli.suite.SuiteGenerator;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * Makes a suite's tables with the generator its descriptor names (the one place a {@code generator:} value becomes
 * a generation), regenerating them when they exist at another scale factor; shared by quickstart and scale.
 */
final class SuiteGeneration {

    private SuiteGeneration() {}

    /** False when the suite has no generator: its tables are the user's and must exist. */
    static boolean run(Suite suite, IcebergCatalog catalog, double scale, String namespace, PrintStream out) {
        Optional<SuiteGenerator> generator = suite.generator();
        if (generator.isEmpty()) {
            return false;
        }
        boolean replace = differs(suite, catalog, namespace, scale, out);
        DataGeneration.run(generator.get().data(), catalog, scale, namespace, TableLayout.DEFAULT, replace, out);
        return true;
    }

    /** The suite's tables exist at another scale factor than asked for. */
    private static boolean differs(
            Suite suite, IcebergCatalog catalog, String namespace, double scale, PrintStream out) {
        Optional<String> existing =
                GeneratedScale.of(catalog, namespace, suite.descriptor().tables());
        if (existing.isPresent() && new BigDecimal(existing.get()).compareTo(BigDecimal.valueOf(scale)) != 0) {
            out.println("   tables exist at scale " + existing.get() + "; regenerating at scale " + scale);
            return true;
        }
        return false;
    }
}
