package io.icebench.cli.run;

import io.icebench.core.config.Defaults;
import io.icebench.core.model.BenchmarkResults;
import io.icebench.core.model.EngineRun;
import io.icebench.core.model.Environment;
import io.icebench.core.model.RunSettings;
import io.icebench.core.model.TableInfo;
import io.icebench.core.verify.AnswerVerifier;
import io.icebench.core.verify.QueryVerification;
import java.util.List;
import java.util.Map;

/** Puts a run's engines together with its environment, settings and summary into the results record. */
public final class ResultsAssembler {

    /** The results file's format; a change to a field of it bumps this (and says how to migrate). */
    public static final String FORMAT_VERSION = "1";

    private final Environment environment;
    private final RunSettings settings;

    public ResultsAssembler(Environment environment, RunSettings settings) {
        this.environment = environment;
        this.settings = settings;
    }

    public Environment environment() {
        return environment;
    }

    public RunSettings settings() {
        return settings;
    }

    public BenchmarkResults assemble(RunPlan plan, List<EngineRun> engines, boolean interrupted) {
        List<QueryVerification> verification = plan.answerTolerance() == null
                ? null
                : new AnswerVerifier(plan.answerTolerance(), Defaults.ANSWER_ROWS)
                        .verify(
                                engines,
                                plan.reference(),
                                plan.suite() == null ? Map.of() : plan.suite().expected());
        return new BenchmarkResults(
                FORMAT_VERSION,
                environment,
                settings,
                plan.catalogUri(),
                plan.tables().stream().map(TableInfo::of).toList(),
                engines,
                verification,
                RunSummary.of(engines, verification),
                interrupted);
    }
}
