package io.icebench.core;

import io.icebench.core.model.EngineRun;
import io.icebench.core.model.EngineStatus;
import io.icebench.core.model.QueryRun;
import io.icebench.core.model.QueryStatus;
import io.icebench.core.model.ResultPreview;
import java.util.List;

/** An engine's run of one query {@code q} that answered with {@code answer}, for the answer check's tests. */
final class AnsweredEngine {

    private AnsweredEngine() {}

    static EngineRun of(String name, String sql, ResultPreview answer, String fingerprint) {
        QueryRun run = new QueryRun(
                "q",
                sql,
                QueryStatus.OK,
                null,
                1.0,
                null,
                List.of(),
                null,
                List.of(),
                null,
                (long) answer.rows().size(),
                fingerprint,
                answer,
                null,
                null,
                answer);
        return new EngineRun(name, name, "1", EngineStatus.OK, null, 1.0, 1.0, null, 1, null, List.of(run));
    }
}
