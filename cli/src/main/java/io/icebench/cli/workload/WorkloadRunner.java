package io.icebench.cli.workload;

import io.icebench.core.model.BenchmarkResults;
import io.icebench.core.model.EngineStatus;
import io.icebench.core.model.Environment;
import io.icebench.core.workload.PhaseOutcome;
import io.icebench.core.workload.ReadRound;
import io.icebench.core.workload.Trends;
import io.icebench.core.workload.WorkloadResults;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Runs a workload's phases in order: writes and maintenance through the catalog, reads and SQL through the
 * coordinator. Each read phase pins every table of the namespace to its snapshot of that moment and becomes a
 * round. A write phase that fails stops the workload (later rounds would measure something else); a failing
 * engine in a read phase does not. Everything is journaled as it happens.
 */
public final class WorkloadRunner {

    private final String name;
    private final String namespace;
    private final List<PlannedPhase> phases;
    private final PhaseEngines engines;
    private final TableMaintenance tables;
    private final WorkloadJournal journal;
    private final Path phaseResults;
    private final PrintStream out;
    private final List<PhaseOutcome> outcomes = new ArrayList<>();
    private final List<ReadRound> rounds = new ArrayList<>();
    private volatile boolean aborted;
    private RuntimeException stoppedBy;

    public WorkloadRunner(
            String name,
            String namespace,
            List<PlannedPhase> phases,
            PhaseEngines engines,
            TableMaintenance tables,
            WorkloadJournal journal,
            Path phaseResults,
            PrintStream out) {
        this.name = name;
        this.namespace = namespace;
        this.phases = List.copyOf(phases);
        this.engines = engines;
        this.tables = tables;
        this.journal = journal;
        this.phaseResults = phaseResults;
        this.out = out;
    }

    public WorkloadResults run(Environment environment) {
        Map<String, Object> started = new LinkedHashMap<>();
        started.put("workload", name);
        started.put("namespace", namespace);
        started.put(
                "phases",
                phases.stream().map(p -> p.id() + ":" + p.phase().kind()).toList());
        started.put("environment", environment);
        journal.write("workload_started", started);
        List<String> since = new ArrayList<>();
        for (PlannedPhase phase : phases) {
            if (aborted || stoppedBy != null) {
                break;
            }
            int round = rounds.size();
            journal.phaseStarted(phase, round);
            out.printf(Locale.ROOT, "%n▶ phase %d/%d %s (round %d)%n", phase.index(), phases.size(), phase.id(), round);
            long start = System.nanoTime();
            String status = "ok";
            String detail;
            try {
                detail = runPhase(phase, round, since);
                if (detail.startsWith("!")) {
                    status = aborted ? "interrupted" : "failed";
                    detail = detail.substring(1);
                }
            } catch (RuntimeException e) {
                status = "failed";
                detail = e.getMessage() == null ? e.toString() : e.getMessage();
                stoppedBy = e;
            }
            PhaseOutcome outcome = new PhaseOutcome(
                    phase.index(),
                    phase.id(),
                    phase.phase().kind(),
                    round,
                    (System.nanoTime() - start) / 1e6,
                    status,
                    detail);
            outcomes.add(outcome);
            journal.phaseFinished(outcome);
            out.printf(
                    Locale.ROOT,
                    "%s %s in %.1f s: %s%n",
                    status.equals("ok") ? "✅" : "❌",
                    phase.id(),
                    outcome.ms() / 1000,
                    detail);
            if (!(phase.phase() instanceof PhaseSpec.Read)) {
                since.add(phase.phase().kind());
            }
        }
        WorkloadResults results = results(environment);
        journal.write("workload_finished", Map.of("verified", results.verified(), "interrupted", aborted));
        return results;
    }

    /** What the phase did in a line; a line starting with {@code !} says it failed. */
    private String runPhase(PlannedPhase planned, int round, List<String> since) {
        PhaseSpec phase = planned.phase();
        if (phase instanceof PhaseSpec.Read read) {
            return read(planned, read, round, since);
        } else if (phase instanceof PhaseSpec.Refresh refresh) {
            return tables.refresh(refresh);
        } else if (phase instanceof PhaseSpec.Compact compact) {
            return tables.compact(compact);
        } else if (phase instanceof PhaseSpec.ExpireSnapshots expire) {
            return tables.expireSnapshots(expire);
        } else if (phase instanceof PhaseSpec.Sql sql) {
            return sql(planned, sql);
        }
        throw new IllegalStateException("repeats are unrolled before running");
    }

    private String read(PlannedPhase planned, PhaseSpec.Read read, int round, List<String> since) {
        Map<String, Long> snapshots = tables.currentSnapshots();
        Map<String, Integer> counts = tables.snapshotCounts();
        Path file = phaseResults.resolve(String.format(Locale.ROOT, "%02d-%s.json", planned.index(), planned.id()));
        BenchmarkResults results = engines.read(read, snapshots, file, journal.listenerFor(planned));
        if (results.interrupted()) {
            return "!interrupted; what it measured is in " + file;
        }
        ReadRound summary = RoundSummary.of(round, planned, since, results, counts, file.toString());
        rounds.add(summary);
        since.clear();
        journal.roundFinished(summary, Trends.of(rounds));
        StringBuilder line = new StringBuilder("round " + round + ":");
        summary.engines()
                .forEach(e -> line.append(String.format(
                        Locale.ROOT,
                        " %s %.1f ms (%d queries);",
                        e.engine(),
                        e.suiteMs(),
                        e.queries().size())));
        line.append(String.format(
                Locale.ROOT,
                " %d data, %d delete files, %d snapshots; answers %s",
                summary.dataFiles(),
                summary.deleteFiles(),
                summary.snapshots(),
                summary.verified() ? "verified" : "NOT verified " + summary.mismatched()));
        return line.toString();
    }

    private String sql(PlannedPhase planned, PhaseSpec.Sql sql) {
        BenchmarkResults results = engines.sql(sql, journal.listenerFor(planned));
        var run = results.engines().isEmpty() ? null : results.engines().get(0);
        if (run == null || run.status() != EngineStatus.OK) {
            String why = run == null
                    ? "no engine ran"
                    : run.error() != null
                            ? run.error().message()
                            : run.queries().isEmpty() || run.queries().get(0).error() == null
                                    ? run.status().label()
                                    : run.queries().get(0).error().message();
            if (!aborted) {
                stoppedBy = new IllegalStateException(why);
            }
            return "!" + sql.engine() + ": " + why;
        }
        return String.format(
                Locale.ROOT,
                "ran on %s in %.0f ms",
                sql.engine(),
                run.queries().get(0).coldMs());
    }

    /** Ctrl-C: the running phase stops its workers; no further phase starts. */
    public void abort() {
        aborted = true;
        engines.abort();
    }

    public boolean aborted() {
        return aborted;
    }

    /** The error that stopped the workload early (a write phase failed), or null. */
    public RuntimeException stoppedBy() {
        return stoppedBy;
    }

    private WorkloadResults results(Environment environment) {
        boolean verified = !rounds.isEmpty() && rounds.stream().allMatch(ReadRound::verified);
        return new WorkloadResults(
                WorkloadResults.FORMAT_VERSION,
                name,
                namespace,
                environment,
                List.copyOf(outcomes),
                List.copyOf(rounds),
                Trends.of(rounds),
                verified,
                aborted);
    }
}
