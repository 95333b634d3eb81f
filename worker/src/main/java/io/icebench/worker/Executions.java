package io.icebench.worker;

import io.icebench.core.config.Defaults;
import io.icebench.core.protocol.Message;
import java.util.ArrayList;
import java.util.List;

/**
 * Timed runs of the engine's queries, one or a series back to back, each fingerprinted once its timer stopped
 * (fingerprinting a series' small results only when it ends was tried: no faster). A series that has run {@link
 * Defaults#SERIES_LIMIT} starts no more runs and ends with a {@code ready}; an error ends it with the error's reply.
 */
final class Executions {

    private final Engine engine;
    private LastResult lastResult;

    Executions(Engine engine) {
        this.engine = engine;
    }

    private Message.Executed once(Message.Execute request, String sql) throws Exception {
        ResultCollector collector = new ResultCollector(
                request.ordered(), Defaults.FINGERPRINT_BUFFER_ROWS, request.previewRows(), lastResult);
        long start = System.nanoTime();
        engine.execute(sql, collector);
        long elapsed = System.nanoTime() - start;
        long afterTimer = collector.finish();
        lastResult = collector.lastResult();
        long inside = collector.nanosInsideTimer();
        return new Message.Executed(
                elapsed - inside,
                collector.rows(),
                collector.fingerprint(),
                inside + afterTimer,
                collector.preview(),
                engine.lastQueryStats());
    }

    /** {@code request.times()} runs back to back, a reply for each, and the reply that ended the series early, if any. */
    List<Message> series(Message.Execute request, String sql, ErrorReply onError) {
        List<Message> replies = new ArrayList<>(request.times());
        long began = System.nanoTime();
        for (int run = 0; run < request.times(); run++) {
            long ran = System.nanoTime() - began;
            if (run > 0 && ran > Defaults.SERIES_LIMIT.toNanos()) {
                replies.add(new Message.Ready(ran, null));
                break;
            }
            try {
                replies.add(once(request, sql));
            } catch (Throwable error) {
                replies.add(onError.reply(error));
                break;
            }
        }
        return replies;
    }

    /** The reply to a run that failed. */
    @FunctionalInterface
    interface ErrorReply {
        Message.Error reply(Throwable error);
    }
}
