package io.icebench.worker;

import static org.assertj.core.api.Assertions.assertThat;

import io.icebench.core.model.ErrorKind;
import io.icebench.core.model.TableSnapshot;
import io.icebench.core.protocol.Message;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/** A series of runs in the worker: a reply per run in order, the same fingerprints as one run at a time. */
class ExecutionsTest {

    private static final Message.Execute SERIES = new Message.Execute("q1", "SELECT 1", false, 0, 4);

    @Test
    void aSeriesAnswersEveryRunInOrderWithTheFingerprintsOfRunsOneAtATime() {
        IntFunction<List<Object[]>> rows = run -> List.of(new Object[] {run % 2 == 0 ? 1L : 2L}, new Object[] {"x"});
        List<Message> series = new Executions(new RowsEngine(rows)).series(SERIES, "SELECT 1", error -> null);
        Executions single = new Executions(new RowsEngine(rows));
        Message.Execute once = Message.Execute.once("q1", "SELECT 1", false, 0);
        List<String> oneAtATime = new ArrayList<>();
        for (int run = 0; run < 4; run++) {
            oneAtATime.add(((Message.Executed)
                            single.series(once, "SELECT 1", error -> null).get(0))
                    .fingerprint());
        }

        assertThat(series).hasSize(4).allSatisfy(reply -> assertThat(reply).isInstanceOf(Message.Executed.class));
        assertThat(series)
                .extracting(reply -> ((Message.Executed) reply).fingerprint())
                .isEqualTo(oneAtATime);
        assertThat(oneAtATime.get(0)).isNotEqualTo(oneAtATime.get(1)).isEqualTo(oneAtATime.get(2));
        assertThat(series)
                .extracting(reply -> ((Message.Executed) reply).rows())
                .containsOnly(2L);
    }

    @Test
    void anErrorEndsTheSeriesAfterTheRepliesOfTheRunsBeforeIt() {
        IntFunction<List<Object[]>> rows = run -> {
            if (run == 2) {
                throw new IllegalStateException("third run fails");
            }
            return List.<Object[]>of(new Object[] {1L});
        };

        List<Message> series = new Executions(new RowsEngine(rows))
                .series(SERIES, "SELECT 1", error -> new Message.Error(ErrorKind.SQL_ERROR, error.getMessage()));

        assertThat(series).hasSize(3);
        assertThat(series.get(1)).isInstanceOf(Message.Executed.class);
        assertThat(series.get(2)).isEqualTo(new Message.Error(ErrorKind.SQL_ERROR, "third run fails"));
    }

    /** Hands over the rows {@code rows} gives for each run, counting from 0. */
    private static final class RowsEngine implements Engine {

        private final IntFunction<List<Object[]>> rows;
        private int runs;

        RowsEngine(IntFunction<List<Object[]>> rows) {
            this.rows = rows;
        }

        @Override
        public void execute(String sql, RowConsumer consumer) {
            List<Object[]> result = rows.apply(runs++);
            consumer.columns(List.of("value"));
            result.forEach(row -> consumer.row(row.clone()));
        }

        @Override
        public String name() {
            return "rows";
        }

        @Override
        public void open(Message.Open session) {}

        @Override
        public void register(TableSnapshot table) {}

        @Override
        public String version() {
            return "1";
        }

        @Override
        public void close() {}
    }
}
