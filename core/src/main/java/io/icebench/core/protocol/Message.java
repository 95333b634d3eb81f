package io.icebench.core.protocol;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import io.icebench.core.config.CatalogConnection;
import io.icebench.core.model.ErrorKind;
import io.icebench.core.model.ResultPreview;
import io.icebench.core.model.TableSnapshot;
import java.util.List;
import java.util.Map;

/**
 * The coordinator ⇄ worker link. The coordinator sends {@link Open}, {@link Register}, {@link Execute}
 * and {@link Close}; the worker answers each with exactly one {@link Ready}, {@link Executed} or
 * {@link Error}, after a single {@link Hello} when it starts.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = Message.Hello.class, name = "hello"),
    @JsonSubTypes.Type(value = Message.Open.class, name = "open"),
    @JsonSubTypes.Type(value = Message.Register.class, name = "register"),
    @JsonSubTypes.Type(value = Message.Execute.class, name = "execute"),
    @JsonSubTypes.Type(value = Message.ExecuteConcurrently.class, name = "execute_concurrently"),
    @JsonSubTypes.Type(value = Message.ExecutedConcurrently.class, name = "executed_concurrently"),
    @JsonSubTypes.Type(value = Message.Close.class, name = "close"),
    @JsonSubTypes.Type(value = Message.Ready.class, name = "ready"),
    @JsonSubTypes.Type(value = Message.Executed.class, name = "executed"),
    @JsonSubTypes.Type(value = Message.Error.class, name = "error"),
})
public sealed interface Message {

    /** First message of a worker: which engine it runs, its version and its pid. */
    record Hello(String engine, String version, long pid) implements Message {}

    /**
     * Start an engine session; {@code options} are engine settings (e.g. threads). Engines that read the
     * catalog themselves (Spark) connect to {@code connection}; file-based engines get tables by {@link Register}
     * and open their files with the connection's object storage. Unless {@code writesAllowed}
     * ({@code --allow-writes}), an engine that can make its session read-only does.
     */
    record Open(
            String catalog,
            String defaultNamespace,
            CatalogConnection connection,
            Map<String, String> options,
            boolean writesAllowed)
            implements Message {

        /** A session without writes. */
        public Open(
                String catalog, String defaultNamespace, CatalogConnection connection, Map<String, String> options) {
            this(catalog, defaultNamespace, connection, options, false);
        }

        @Override
        public String toString() {
            return "Open[" + catalog + ", " + defaultNamespace + ", " + connection + ", " + options.keySet() + "]";
        }
    }

    record Register(TableSnapshot table) implements Message {}

    /**
     * Run one statement and consume every row, {@code times} times back to back: one {@link Executed} reply per run,
     * an {@link Error} reply ending the series; the replies are written when the series ends.
     *
     * @param ordered     the query orders its result: the fingerprint keeps row order
     * @param previewRows how many rows to send back (0 for none)
     * @param times       runs in the series (a frame without it, or with 0, asks for one)
     */
    record Execute(String queryId, String sql, boolean ordered, int previewRows, int times) implements Message {

        public Execute {
            times = Math.max(1, times);
        }

        /** One run. */
        public static Execute once(String queryId, String sql, boolean ordered, int previewRows) {
            return new Execute(queryId, sql, ordered, previewRows, 1);
        }
    }

    /**
     * Runs several clients at once inside the worker, each client's statements one after another on its own
     * thread and session, all released together ({@code scale --mode threads}).
     */
    record ExecuteConcurrently(List<List<Statement>> clients) implements Message {}

    /** One statement of a client. */
    record Statement(String queryId, String sql) {}

    /** Reply to {@link ExecuteConcurrently}: release to the last client's end, and each execution's time. */
    record ExecutedConcurrently(long wallNanos, List<List<Long>> nanos) implements Message {}

    record Close() implements Message {}

    /** Reply to open, register and close; {@code nanos} is the work's duration inside the worker. */
    record Ready(long nanos, String version) implements Message {}

    /**
     * Reply to execute.
     *
     * @param nanos            submit to last row consumed, less any fingerprint work done inside the timer
     * @param fingerprintNanos time spent fingerprinting (after the timer, plus any inside it)
     * @param engineStats      what the engine reported about the query itself (may be null or empty)
     */
    record Executed(
            long nanos,
            long rows,
            String fingerprint,
            long fingerprintNanos,
            ResultPreview preview,
            Map<String, Number> engineStats)
            implements Message {}

    record Error(ErrorKind kind, String message) implements Message {

        /**
         * The reply to {@code request} when the engine failed with {@code raised}: a query error or a crash while
         * opening or registering is a {@link ErrorKind#SETUP setup} failure (the Python worker applies the same rule).
         */
        public static Error replyTo(Message request, ErrorKind raised, String message) {
            boolean setupStep = request instanceof Open || request instanceof Register;
            boolean setupFailure = setupStep && (raised == ErrorKind.SQL_ERROR || raised == ErrorKind.CRASH);
            return new Error(setupFailure ? ErrorKind.SETUP : raised, message);
        }
    }
}
