package io.icebench.cli.workload;

import io.icebench.cli.report.OutputTargets;
import io.icebench.cli.run.RunListener;
import io.icebench.core.config.ConfigException;
import io.icebench.core.model.EngineRun;
import io.icebench.core.model.Failure;
import io.icebench.core.model.IterationResult;
import io.icebench.core.model.QueryRun;
import io.icebench.core.protocol.Json;
import io.icebench.core.workload.EngineTrend;
import io.icebench.core.workload.PhaseOutcome;
import io.icebench.core.workload.ReadRound;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The workload's JSON Lines file, one event a line as it happens: the workload, each phase's start and end,
 * every iteration and query of a read phase (tagged with the phase), each round's summary and the trends so far.
 * A write that fails is reported once and the run goes on (everything before it is in the file).
 */
public final class WorkloadJournal implements AutoCloseable {

    private final Path file;
    private final OutputStream out;
    private String failure;

    private WorkloadJournal(Path file, OutputStream out) {
        this.file = file;
        this.out = out;
    }

    public static WorkloadJournal create(Path file) {
        OutputTargets.require(file, "--output");
        try {
            return new WorkloadJournal(file, Files.newOutputStream(file));
        } catch (IOException e) {
            throw new ConfigException("cannot write " + file + " (" + OutputTargets.reason(e)
                    + "); choose a writable place with --output");
        }
    }

    public Path path() {
        return file;
    }

    public synchronized String failure() {
        return failure;
    }

    synchronized void write(String event, Object data) {
        if (failure != null) {
            return;
        }
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("event", event);
        line.put("at", Instant.now().toString());
        line.put("data", data);
        try {
            out.write((Json.MAPPER.writeValueAsString(line) + "\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
        } catch (IOException e) {
            failure = "cannot write " + file + " (" + OutputTargets.reason(e) + ")";
        }
    }

    void phaseStarted(PlannedPhase phase, int round) {
        write("phase_started", Map.of("phase", phase.id(), "kind", phase.phase().kind(), "round", round));
    }

    void phaseFinished(PhaseOutcome outcome) {
        write("phase_finished", outcome);
    }

    void roundFinished(ReadRound round, List<EngineTrend> trends) {
        write("round_finished", round);
        write("trends", trends);
    }

    /** A listener for one phase's engine run: its events, tagged with the phase. */
    RunListener listenerFor(PlannedPhase phase) {
        return new RunListener() {
            @Override
            public void engineFailed(String engine, Failure failure) {
                write("engine_failed", tagged(Map.of("engine", engine, "error", failure)));
            }

            @Override
            public void iteration(IterationResult result, int of) {
                write("iteration", tagged(Map.of("iteration", result)));
            }

            @Override
            public void queryFinished(String engine, QueryRun run) {
                write("query_finished", tagged(Map.of("engine", engine, "run", run)));
            }

            @Override
            public void engineFinished(EngineRun run) {
                write("engine_finished", tagged(Map.of("engine", run.name(), "status", run.status())));
            }

            private Map<String, Object> tagged(Map<String, Object> data) {
                Map<String, Object> all = new LinkedHashMap<>();
                all.put("phase", phase.id());
                all.putAll(data);
                return all;
            }
        };
    }

    @Override
    public synchronized void close() {
        try {
            out.close();
        } catch (IOException e) {
            failure = failure == null ? "cannot write " + file + " (" + OutputTargets.reason(e) + ")" : failure;
        }
    }
}
