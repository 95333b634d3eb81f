package io.icebench.cli.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.icebench.core.model.BenchmarkResults;
import io.icebench.core.verify.QueryVerification;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The cold runs' answers reach the verification of the results, on scripted engines. */
class AnswerCheckWiringTest {

    private static final ScriptedEngine.Result FORTY_TWO = ScriptedEngine.Result.of("fp-42", List.of(42L));
    private static final ScriptedEngine.Result FORTY_THREE = ScriptedEngine.Result.of("fp-43", List.of(43L));

    @TempDir
    Path logs;

    @Test
    void twoEnginesWithTheSameAnswerMatch() {
        BenchmarkResults results = new ScriptedRun(logs)
                .queries("q1")
                .engine("a", new ScriptedEngine("1").result("q1", FORTY_TWO))
                .engine("b", new ScriptedEngine("2").result("q1", FORTY_TWO))
                .run();

        assertThat(results.verification()).singleElement().satisfies(v -> {
            assertThat(v.status()).isEqualTo(QueryVerification.MATCH);
            assertThat(v.failed()).isFalse();
        });
    }

    @Test
    void twoEnginesWithDifferentAnswersDisagreeAndNeitherIsCalledWrong() {
        BenchmarkResults results = new ScriptedRun(logs)
                .queries("q1")
                .engine("a", new ScriptedEngine("1").result("q1", FORTY_TWO))
                .engine("b", new ScriptedEngine("2").result("q1", FORTY_THREE))
                .run();

        QueryVerification q1 = results.verification().get(0);
        assertThat(q1.status()).isEqualTo(QueryVerification.DISAGREE);
        assertThat(q1.failed()).isTrue();
        assertThat(q1.groups()).containsExactlyInAnyOrder(List.of("a"), List.of("b"));
        assertThat(q1.mismatches()).isEmpty();
    }

    @Test
    void withAReferenceTheOtherEngineMismatches() {
        BenchmarkResults results = new ScriptedRun(logs)
                .queries("q1")
                .reference("a")
                .engine("a", new ScriptedEngine("1").result("q1", FORTY_TWO))
                .engine("b", new ScriptedEngine("2").result("q1", FORTY_THREE))
                .run();

        QueryVerification q1 = results.verification().get(0);
        assertThat(q1.status()).isEqualTo(QueryVerification.MISMATCH);
        assertThat(q1.engines())
                .containsEntry("a", QueryVerification.MATCH)
                .containsEntry("b", QueryVerification.MISMATCH);
        assertThat(q1.mismatches()).singleElement().satisfies(m -> {
            assertThat(m.engine()).isEqualTo("b");
            assertThat(m.expected()).containsExactly(42L);
            assertThat(m.actual()).containsExactly(43L);
        });
    }

    @Test
    void withoutVerificationThereIsNone() {
        BenchmarkResults results = new ScriptedRun(logs)
                .queries("q1")
                .noVerification()
                .engine("a", new ScriptedEngine("1").result("q1", FORTY_TWO))
                .engine("b", new ScriptedEngine("2").result("q1", FORTY_THREE))
                .run();

        assertThat(results.verification()).isNull();
    }
}
