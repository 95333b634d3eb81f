package io.icebench.core.verify;

import io.icebench.core.model.QueryRun;
import io.icebench.core.model.ResultPreview;

/**
 * One answer to a query: an engine's (its SQL, its result's first rows, row count and fingerprint) or a suite's
 * expected answer (named {@link AnswerVerifier#EXPECTED}, no fingerprint).
 */
record Answer(String engine, String sql, ResultPreview preview, Long rows, String fingerprint) {

    static Answer of(String engine, QueryRun run) {
        return new Answer(engine, run.sql(), run.answer(), run.rows(), run.fingerprint());
    }

    /** The preview holds the whole answer, value by value. */
    boolean whole() {
        return preview != null && rows != null && preview.rows().size() == rows && !preview.hasCutValues();
    }
}
