package io.icebench.cli.workload;

import io.icebench.core.workload.EngineRound;
import io.icebench.core.workload.EngineTrend;
import io.icebench.core.workload.ReadRound;
import io.icebench.core.workload.WorkloadResults;
import java.util.Locale;

/**
 * The workload as CSV, one row per round, engine and query: the query's median and interval, and on every row
 * its round's suite time (as in the trends), files, snapshots and verification, and the engine's degradation
 * rate and compaction gain; the row with query {@code (suite)} carries the round's totals alone.
 */
public final class WorkloadCsv {

    static final String HEADER = "round,phase,after,compacted,engine,query,median_ms,ci_low_ms,ci_high_ms,rows,"
            + "suite_ms,planning_ms,data_files,delete_files,snapshots,verified,degradation_rate,compaction_gain\n";

    private WorkloadCsv() {}

    public static String of(WorkloadResults r) {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < r.rounds().size(); i++) {
            ReadRound round = r.rounds().get(i);
            for (EngineTrend t : r.trends()) {
                EngineRound engine = round.engines().stream()
                        .filter(e -> e.engine().equals(t.engine()))
                        .findFirst()
                        .orElse(null);
                if (engine == null) {
                    continue;
                }
                String tail = String.format(
                        Locale.ROOT,
                        "%s,%s,%d,%d,%d,%b,%s,%s",
                        i < t.suiteMs().size() ? number(t.suiteMs().get(i)) : "",
                        engine.planningMs() == null ? "" : number(engine.planningMs()),
                        round.dataFiles(),
                        round.deleteFiles(),
                        round.snapshots(),
                        round.verified(),
                        t.degradationRate() == null ? "" : number(t.degradationRate()),
                        t.compactionGain() == null ? "" : number(t.compactionGain()));
                String head = String.format(
                        Locale.ROOT,
                        "%d,%s,%s,%b,%s,",
                        round.round(),
                        quote(round.phase()),
                        quote(String.join("+", round.after())),
                        round.compacted(),
                        quote(t.engine()));
                csv.append(head).append("(suite),,,,,").append(tail).append('\n');
                engine.queries()
                        .forEach((query, m) -> csv.append(head)
                                .append(String.format(
                                        Locale.ROOT,
                                        "%s,%s,%s,%s,%s,",
                                        quote(query),
                                        number(m.medianMs()),
                                        number(m.ciLowMs()),
                                        number(m.ciHighMs()),
                                        m.rows() == null ? "" : m.rows().toString()))
                                .append(tail)
                                .append('\n'));
            }
        }
        return csv.toString();
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.6g", value);
    }

    private static String quote(String text) {
        return text.contains(",") || text.contains("\"") ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }
}
