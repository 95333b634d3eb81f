package io.icebench.cli.command;

import io.icebench.cli.run.RunPlan;
import io.icebench.core.config.Secrets;
import java.util.LinkedHashMap;
import java.util.Map;

/** The {@code settings} of a results file: what was asked for and what the plan made of it, secrets masked. */
final class ResultsSettings {

    private ResultsSettings() {
    }

    static Map<String, Object> of(BenchmarkRequest request, RunPlan plan) {
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("suite", request.workload().suite());
        settings.put("query", request.workload().query());
        settings.put("table", request.workload().table());
        settings.put("namespace", request.workload().namespace());
        settings.put("catalog", plan.connection().describe());
        settings.put("engines", plan.engines().stream().map(e -> Map.of("label", e.spec().label(),
                "engine", e.spec().engine(), "options", Secrets.redact(e.spec().options()),
                "plans_inside_query", e.descriptor().access().readsCatalog())).toList());
        settings.put("iterations", plan.autoIterations() ? "auto" : plan.iterations());
        if (plan.autoIterations()) {
            settings.put("max_iterations", plan.iterations());
            settings.put("max_time_ms", plan.autoTimeCap().toMillis());
        }
        settings.put("warmup", plan.warmup());
        settings.put("cold", plan.freshProcessColdRuns() > 0 ? "fresh-process" : "first-run");
        settings.put("fresh_process_cold_runs", plan.freshProcessColdRuns());
        settings.put("drop_caches_requested", request.measurement().dropCaches());
        settings.put("caches_dropped", plan.dropCaches());
        settings.put("engine_timeout_ms", plan.engineTimeout().toMillis());
        settings.put("query_timeout_ms", plan.queryTimeout() == null ? null : plan.queryTimeout().toMillis());
        settings.put("parallel", plan.parallel());
        settings.put("contended", plan.contended());
        settings.put("answer_tolerance", plan.answerTolerance());
        settings.put("answer_reference", plan.reference());
        settings.put("allow_writes", plan.allowWrites());
        settings.put("output", request.outputs().results().toAbsolutePath().toString());
        return settings;
    }
}
