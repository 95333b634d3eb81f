package io.icebench.cli.run;

import io.icebench.cli.engine.EngineDescriptor;
import io.icebench.cli.engine.EngineSpec;
import io.icebench.cli.suite.SuiteRun;
import io.icebench.core.config.CatalogConnection;
import io.icebench.core.config.Secrets;
import io.icebench.core.model.TableSnapshot;
import io.icebench.core.protocol.Message;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Everything a run will do, fixed before the first engine starts. With {@code autoIterations},
 * {@code iterations} is the maximum count and {@code autoTimeCap} the measuring time per query;
 * {@code answerTolerance} null: no answer verification. {@code freshProcessColdRuns} above 0: that many cold
 * runs of each query in new workers ({@code --cold fresh-process}), after dropping the page cache when
 * {@code dropCaches}. {@code reference}: the engine whose answers are right (null: a strict majority decides).
 * {@code suite}: the suite the queries come from, with its expected answers (null for a single query).
 */
public record RunPlan(
        CatalogConnection connection,
        String catalog,
        String defaultNamespace,
        List<TableSnapshot> tables,
        List<Query> queries,
        List<PlannedEngine> engines,
        int iterations,
        boolean autoIterations,
        Duration autoTimeCap,
        int warmup,
        int freshProcessColdRuns,
        boolean dropCaches,
        Duration engineTimeout,
        Duration queryTimeout,
        int parallel,
        boolean printResults,
        Double answerTolerance,
        String reference,
        boolean allowWrites,
        Path logDir,
        SuiteRun suite) {

    /** An engine to run, or one that cannot run here (descriptor unavailable). */
    public record PlannedEngine(EngineSpec spec, EngineDescriptor descriptor) {}

    /** What a worker for {@code engine} is opened with: the connection as its declaration allows it. */
    public Message.Open openFor(PlannedEngine engine) {
        return new Message.Open(
                catalog,
                defaultNamespace,
                engine.descriptor().access().connectionFor(connection),
                engine.spec().engineOptions(),
                allowWrites);
    }

    /** The catalog's URI as it may be shown (the results' {@code metastore} field, kept for their readers). */
    public String catalogUri() {
        return Secrets.maskText(connection.uri());
    }

    public boolean contended() {
        return parallel > 1
                && engines.stream().filter(e -> e.descriptor().available()).count() > 1;
    }
}
