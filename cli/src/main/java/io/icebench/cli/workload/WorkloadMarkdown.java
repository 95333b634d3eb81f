package io.icebench.cli.workload;

import io.icebench.core.workload.EngineRound;
import io.icebench.core.workload.EngineTrend;
import io.icebench.core.workload.PhaseOutcome;
import io.icebench.core.workload.ReadRound;
import io.icebench.core.workload.TableState;
import io.icebench.core.workload.WorkloadResults;
import java.util.List;
import java.util.Locale;

/** The workload report in Markdown: trends, suite time per round, files and snapshots, per-query medians. */
public final class WorkloadMarkdown {

    private WorkloadMarkdown() {}

    public static String of(WorkloadResults r) {
        StringBuilder md = new StringBuilder("# Workload " + r.workload() + " on " + r.namespace() + "\n\n");
        md.append(r.interrupted() ? "Interrupted: the rounds below are those done.\n\n" : "");
        md.append(
                r.verified()
                        ? "Answers verified in every round: every query answered by two or more engines matched.\n\n"
                        : "Answers NOT verified in every round (see `verified` and `mismatched` per round).\n\n");
        md.append("## Trends\n\n| engine | queries | degradation rate | compaction gain |\n|---|---:|---:|---:|\n");
        for (EngineTrend t : r.trends()) {
            md.append(String.format(
                    Locale.ROOT,
                    "| %s | %d | %s | %s |%n",
                    t.engine(),
                    t.queries().size(),
                    percent(t.degradationRate()),
                    percent(t.compactionGain())));
        }
        md.append("\nDegradation rate: mean relative change of the suite time from round to round before the "
                + "first compaction (LST-Bench). Compaction gain: time saved by the first compaction, relative to "
                + "the round before it. Suite time: total of the medians of the queries the engine completed in "
                + "every round.\n\n## Suite time per round (ms)\n\n| round | phase | after |");
        r.trends().forEach(t -> md.append(' ').append(t.engine()).append(" |"));
        md.append(" verified |\n|---:|---|---|");
        r.trends().forEach(t -> md.append("---:|"));
        md.append("---|\n");
        for (int i = 0; i < r.rounds().size(); i++) {
            ReadRound round = r.rounds().get(i);
            md.append(String.format(Locale.ROOT, "| %d | %s | %s |", round.round(), round.phase(), after(round)));
            for (EngineTrend t : r.trends()) {
                md.append(
                        i < t.suiteMs().size()
                                ? String.format(
                                        Locale.ROOT, " %.1f |", t.suiteMs().get(i))
                                : " – |");
            }
            md.append(round.verified() ? " yes |\n" : " no " + round.mismatched() + " |\n");
        }
        md.append("\n## Files and snapshots per round\n\n| round | table | snapshot | data files | delete files | "
                + "snapshots | rows | planning ms |\n|---:|---|---:|---:|---:|---:|---:|---:|\n");
        for (ReadRound round : r.rounds()) {
            for (TableState t : round.tables()) {
                if (t.deleteFiles() > 0 || t.snapshots() > 1 || round.round() == 0) {
                    md.append(String.format(
                            Locale.ROOT,
                            "| %d | %s | %d | %d | %d | %d | %d | %.1f |%n",
                            round.round(),
                            t.table(),
                            t.snapshotId(),
                            t.dataFiles(),
                            t.deleteFiles(),
                            t.snapshots(),
                            t.rows(),
                            t.planMs()));
                }
            }
            md.append(String.format(
                    Locale.ROOT,
                    "| %d | **all tables** | | %d | %d | %d | | |%n",
                    round.round(),
                    round.dataFiles(),
                    round.deleteFiles(),
                    round.snapshots()));
        }
        md.append("\n## Per-query medians (ms, 95% interval)\n");
        for (EngineTrend t : r.trends()) {
            md.append("\n### ").append(t.engine()).append("\n\n| query |");
            r.rounds()
                    .forEach(round -> md.append(" round ").append(round.round()).append(" |"));
            md.append("\n|---|");
            r.rounds().forEach(round -> md.append("---:|"));
            md.append('\n');
            for (String q : queries(r, t.engine())) {
                md.append("| ").append(q).append(" |");
                for (ReadRound round : r.rounds()) {
                    EngineRound.QueryMedian m = median(round, t.engine(), q);
                    md.append(
                            m == null
                                    ? " – |"
                                    : String.format(
                                            Locale.ROOT,
                                            " %.1f (%.1f–%.1f) |",
                                            m.medianMs(),
                                            m.ciLowMs(),
                                            m.ciHighMs()));
                }
                md.append('\n');
            }
        }
        md.append("\n## Phases\n\n| # | phase | kind | round | seconds | status | what it did |\n"
                + "|---:|---|---|---:|---:|---|---|\n");
        for (PhaseOutcome p : r.phases()) {
            md.append(String.format(
                    Locale.ROOT,
                    "| %d | %s | %s | %d | %.1f | %s | %s |%n",
                    p.index(),
                    p.id(),
                    p.kind(),
                    p.round(),
                    p.ms() / 1000,
                    p.status(),
                    p.detail().replace("|", "\\|")));
        }
        return md.toString();
    }

    static String after(ReadRound round) {
        return round.after().isEmpty() ? "–" : String.join(" + ", round.after());
    }

    static String percent(Double value) {
        return value == null ? "–" : String.format(Locale.ROOT, "%+.1f%%", value * 100);
    }

    static List<String> queries(WorkloadResults r, String engine) {
        return r.rounds().stream()
                .flatMap(round -> round.engines().stream())
                .filter(e -> e.engine().equals(engine))
                .flatMap(e -> e.queries().keySet().stream())
                .distinct()
                .toList();
    }

    static EngineRound.QueryMedian median(ReadRound round, String engine, String query) {
        return round.engines().stream()
                .filter(e -> e.engine().equals(engine))
                .map(e -> e.queries().get(query))
                .filter(java.util.Objects::nonNull)
                .findFirst()
                .orElse(null);
    }
}
