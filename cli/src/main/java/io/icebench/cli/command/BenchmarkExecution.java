package io.icebench.cli.command;

import io.icebench.cli.IcebenchContext;
import io.icebench.cli.report.ConsoleReporter;
import io.icebench.cli.report.ReportFiles;
import io.icebench.cli.report.ResultsFile;
import io.icebench.cli.report.RunOutputs;
import io.icebench.cli.report.RunProgress;
import io.icebench.cli.run.BenchmarkRunner;
import io.icebench.cli.run.EnvironmentProbe;
import io.icebench.cli.run.Listeners;
import io.icebench.cli.run.ResultsAssembler;
import io.icebench.cli.run.RunListener;
import io.icebench.cli.run.RunPlan;
import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs a benchmark request from start to exit code, shared by {@code run} and {@code quickstart}: claims the
 * outputs, plans, runs with the console, JSON Lines and report files listening, saves the results.
 */
final class BenchmarkExecution {

    private final IcebenchContext context;
    private final PrintStream out;

    BenchmarkExecution(IcebenchContext context, PrintStream out) {
        this.context = context;
        this.out = out;
    }

    int execute(BenchmarkRequest request) throws IOException {
        try (RunOutputs outputs =
                RunOutputs.claim(request.outputs().results(), request.outputs().writeReport())) {
            return run(new BenchmarkPlanner(context, out).plan(request), request, outputs);
        } finally {
            if (!request.keepMetastore()) {
                StopIfStarted.stop(context, out);
            }
        }
    }

    private int run(RunPlan plan, BenchmarkRequest request, RunOutputs outputs) {
        ResultsAssembler assembler = new ResultsAssembler(
                EnvironmentProbe.probe(Map.of(
                        "data_dir",
                        context.dataDir().toString(),
                        "worker_logs",
                        plan.logDir().toString())),
                ResultsSettings.of(request, plan));
        ResultsFile resultsFile = outputs.results();
        outputs.jsonLines().describe(assembler.environment(), assembler.settings());
        RunProgress progress = RunProgress.to(out);
        BenchmarkRunner runner = new BenchmarkRunner(plan, listeners(request, outputs, progress), assembler);
        InterruptibleRun.Outcome outcome = InterruptibleRun.run(runner, outputs::save, saved -> {
            if (saved) {
                out.println("⏹  interrupted: workers stopped; what was measured is in " + resultsFile.path());
                out.flush();
            }
            if (!request.keepMetastore()) {
                StopIfStarted.stop(context, out);
            }
        });
        if (outcome.saved() && !outcome.interrupted()) {
            out.println(
                    "💾 Results: " + resultsFile.path() + " (every iteration also in " + resultsFile.jsonLines() + ")");
            out.println("📝 Worker logs: " + plan.logDir());
        }
        return RunExitCode.of(outcome, request.engines().named());
    }

    /** The console (under a progress line), the JSON Lines file and, unless --no-report, the report files. */
    private static Listeners listeners(BenchmarkRequest request, RunOutputs outputs, RunProgress progress) {
        List<RunListener> listeners =
                new ArrayList<>(List.of(new ConsoleReporter(progress.console()), progress, outputs.jsonLines()));
        if (request.outputs().writeReport()) {
            listeners.add(new ReportFiles(outputs.results().path(), progress.console()));
        }
        return new Listeners(listeners);
    }
}
