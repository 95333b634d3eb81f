package io.icebench.cli.compare;

import io.icebench.core.config.ConfigException;
import io.icebench.core.model.BenchmarkResults;
import io.icebench.core.model.EngineRun;
import java.nio.file.Path;
import java.util.List;

/**
 * Two engines compared as if they were one engine in two runs ({@code icebench compare results.json --engines
 * duckdb@1.4.2.0,duckdb@2.0.0.1}): each side keeps only its engine, renamed to one shared label.
 */
public final class EnginePair {

    private EnginePair() {}

    /** {@code results} holding only the engine labelled {@code label}, under the name {@code as}. */
    public static BenchmarkResults only(BenchmarkResults results, Path file, String label, String as) {
        List<EngineRun> engines = results.engines().stream()
                .filter(e -> e.name().equals(label))
                .map(e -> new EngineRun(
                        as,
                        e.engine(),
                        e.version(),
                        e.status(),
                        e.error(),
                        e.startupMs(),
                        e.setupMs(),
                        e.rssAfterSetupBytes(),
                        e.workerStarts(),
                        e.log(),
                        e.queries()))
                .toList();
        if (engines.isEmpty()) {
            throw new ConfigException("engine '" + label + "' is not in " + file + "; its engines: "
                    + String.join(
                            ", ",
                            results.engines().stream().map(EngineRun::name).toList()));
        }
        return new BenchmarkResults(
                results.formatVersion(),
                results.environment(),
                results.settings(),
                results.metastore(),
                results.tables(),
                engines,
                results.verification(),
                results.summary(),
                results.interrupted());
    }

    /** The two labels of {@code --engines OLD,NEW}. */
    public static List<String> labels(List<String> engines) {
        List<String> labels =
                engines.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
        if (labels.size() != 2) {
            throw new ConfigException("--engines for compare takes two engine labels, OLD,NEW (e.g. "
                    + "duckdb@1.4.2.0,duckdb@2.0.0.1); got '" + String.join(",", engines) + "'");
        }
        return labels;
    }
}
