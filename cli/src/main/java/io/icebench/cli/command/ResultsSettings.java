package io.icebench.cli.command;

import io.icebench.cli.run.RunPlan;
import io.icebench.core.config.Secrets;
import io.icebench.core.model.RunSettings;

/** The {@code settings} of a results file: what was asked for and what the plan made of it, secrets masked. */
final class ResultsSettings {

    private ResultsSettings() {}

    static RunSettings of(BenchmarkRequest request, RunPlan plan) {
        return new RunSettings(
                request.workload().suite(),
                request.workload().query(),
                request.workload().table(),
                request.workload().namespace(),
                plan.connection().describe(),
                plan.engines().stream()
                        .map(e -> new RunSettings.EngineSetting(
                                e.spec().label(),
                                e.spec().engine(),
                                Secrets.redact(e.spec().options()),
                                e.descriptor().access().readsCatalog()))
                        .toList(),
                plan.autoIterations() ? "auto" : plan.iterations(),
                plan.autoIterations() ? plan.iterations() : null,
                plan.autoIterations() ? plan.autoTimeCap().toMillis() : null,
                plan.warmup(),
                plan.freshProcessColdRuns() > 0 ? "fresh-process" : "first-run",
                plan.freshProcessColdRuns(),
                request.measurement().dropCaches(),
                plan.dropCaches(),
                plan.engineTimeout().toMillis(),
                plan.queryTimeout() == null ? null : plan.queryTimeout().toMillis(),
                plan.parallel(),
                plan.contended(),
                plan.answerTolerance(),
                plan.reference(),
                plan.allowWrites(),
                request.outputs().results().toAbsolutePath().toString(),
                plan.suite() == null ? null : plan.suite().name(),
                plan.suite() == null ? null : plan.suite().hash());
    }
}
