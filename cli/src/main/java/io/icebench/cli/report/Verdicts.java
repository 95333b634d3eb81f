package io.icebench.cli.report;

import io.icebench.core.verify.QueryVerification;
import java.util.List;

/** An engine's verdict on one query's answer, as the reports write it (empty when not compared). */
final class Verdicts {

    private Verdicts() {}

    static String of(List<QueryVerification> verification, String query, String engine) {
        if (verification == null) {
            return "";
        }
        return verification.stream()
                .filter(v -> v.query().equals(query))
                .findFirst()
                .map(v -> v.engines().getOrDefault(engine, ""))
                .orElse("");
    }
}
