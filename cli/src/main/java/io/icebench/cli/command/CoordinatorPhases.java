package io.icebench.cli.command;

import io.icebench.cli.IcebenchContext;
import io.icebench.cli.report.ConsoleReporter;
import io.icebench.cli.report.ResultsFile;
import io.icebench.cli.report.RunProgress;
import io.icebench.cli.run.BenchmarkRunner;
import io.icebench.cli.run.Listeners;
import io.icebench.cli.run.ResultsAssembler;
import io.icebench.cli.run.RunListener;
import io.icebench.cli.run.RunPlan;
import io.icebench.cli.workload.PhaseEngines;
import io.icebench.cli.workload.PhaseSpec;
import io.icebench.core.model.BenchmarkResults;
import io.icebench.core.model.Environment;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * A workload's reads and SQL phases as coordinator runs: each phase is a request built from the command's
 * options (engines, iterations, timeouts), planned and run like {@code run} does, one phase at a time.
 */
final class CoordinatorPhases implements PhaseEngines {

    private final IcebenchContext context;
    private final BenchmarkOptions options;
    private final String namespace;
    private final Environment environment;
    private final PrintStream out;
    private volatile BenchmarkRunner current;
    private volatile boolean aborted;

    CoordinatorPhases(
            IcebenchContext context,
            BenchmarkOptions options,
            String namespace,
            Environment environment,
            PrintStream out) {
        this.context = context;
        this.options = options;
        this.namespace = namespace;
        this.environment = environment;
        this.out = out;
    }

    /** The command's options as a request, to be checked before the first phase runs. */
    BenchmarkRequestBuilder base() {
        return options.request(context.settings()).namespace(namespace).writeReport(false);
    }

    @Override
    public BenchmarkResults read(
            PhaseSpec.Read phase, Map<String, Long> snapshots, Path resultsFile, RunListener listener) {
        BenchmarkRequestBuilder builder =
                base().suite(phase.suite()).snapshots(snapshots).output(resultsFile);
        if (!phase.engines().isEmpty()) {
            builder.engines(phase.engines());
        }
        if (!phase.queries().isEmpty()) {
            builder.onlyQueries(new LinkedHashSet<>(phase.queries()));
        }
        BenchmarkRequest request = builder.build();
        RunPlan plan = plan(request);
        RunProgress progress = RunProgress.to(out);
        BenchmarkResults results =
                run(request, plan, new Listeners(List.of(new ConsoleReporter(progress.console()), progress, listener)));
        try {
            new ResultsFile(resultsFile).write(results);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + resultsFile + ": " + e.getMessage(), e);
        }
        return results;
    }

    @Override
    public BenchmarkResults sql(PhaseSpec.Sql phase, RunListener listener) {
        BenchmarkRequest request = base().query(phase.sql())
                .engines(List.of(phase.engine()))
                .onlyQueries(java.util.Set.of())
                .snapshots(Map.of())
                .allowWrites(true)
                .answers(BenchmarkRequest.AnswerCheck.OFF)
                .iterations(Iterations.fixed(1))
                .warmup(0)
                .freshProcessColdRuns(0)
                .build();
        return run(request, once(plan(request)), new Listeners(List.of(listener)));
    }

    private RunPlan plan(BenchmarkRequest request) {
        try {
            return new BenchmarkPlanner(context, out).plan(request);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private BenchmarkResults run(BenchmarkRequest request, RunPlan plan, Listeners listeners) {
        BenchmarkRunner runner = new BenchmarkRunner(
                plan, listeners, new ResultsAssembler(environment, ResultsSettings.of(request, plan)));
        current = runner;
        if (aborted) {
            runner.abort();
        }
        try {
            return runner.run();
        } finally {
            current = null;
        }
    }

    /** The plan with the statement run exactly once: its cold run, no warm-up, no measured runs. */
    private static RunPlan once(RunPlan p) {
        return new RunPlan(
                p.connection(),
                p.catalog(),
                p.defaultNamespace(),
                p.tables(),
                p.queries(),
                p.engines(),
                0,
                false,
                p.autoTimeCap(),
                0,
                0,
                false,
                p.engineTimeout(),
                p.queryTimeout(),
                1,
                false,
                null,
                null,
                true,
                p.logDir(),
                p.suite());
    }

    @Override
    public void abort() {
        aborted = true;
        BenchmarkRunner runner = current;
        if (runner != null) {
            runner.abort();
        }
    }

    @Override
    public boolean aborted() {
        return aborted;
    }
}
