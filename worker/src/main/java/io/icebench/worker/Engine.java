package io.icebench.worker;

import io.icebench.core.model.ErrorKind;
import io.icebench.core.model.TableSnapshot;
import io.icebench.core.protocol.Message;
import java.util.List;
import java.util.Map;

/**
 * What an engine module implements: a handful of calls, run inside its own worker process. Errors are
 * thrown; the worker classifies them ({@link #classify(Throwable)}). The worker maps the SQL's table names for
 * the engine before {@link #execute} ({@link io.icebench.core.sql.TableNames}, by the engine's {@code reads=}
 * declaration): an engine never rewrites names itself.
 */
public interface Engine extends AutoCloseable {

    /** Short name, e.g. {@code duckdb}. */
    String name();

    /** Start a session. Timed as setup, never as query time. */
    void open(Message.Open session) throws Exception;

    /**
     * Make a resolved table visible. An engine that reads files registers it under {@code table.name()}: the local
     * name the worker maps the SQL's references onto. An engine that reads the catalog may pin it to its snapshot.
     */
    void register(TableSnapshot table) throws Exception;

    /**
     * An engine that reads the catalog: its name for the run's catalog, which replaces the SQL's catalog name in
     * three-part names (null: the prefix is dropped, the session already points at it). Asked after {@link #open}.
     */
    default String catalogName(Message.Open session) {
        return session.catalog();
    }

    /** Run a statement and hand every row to {@code rows}, consuming the result to its last row. */
    void execute(String sql, RowConsumer rows) throws Exception;

    String version();

    /**
     * A session for one more client running at the same time as others in this worker
     * ({@code scale --mode threads}); it may be this engine when its session is safe for concurrent use.
     * Sessions other than this one are closed after use. The default refuses.
     */
    default Engine forConcurrentClient() throws Exception {
        throw new UnsupportedOperationException(
                name() + " does not run concurrent queries in one worker; use --mode processes");
    }

    @Override
    void close() throws Exception;

    /** Maps an engine's exception to a failure kind; engines override to tell more. */
    default ErrorKind classify(Throwable error) {
        return Errors.defaultKind(error);
    }

    /** What the engine itself reported about its last query (remote engines: peak memory, CPU time); may be empty. */
    default Map<String, Number> lastQueryStats() {
        return Map.of();
    }

    /** The failure's one-line message; engines override when their messages carry plans or stack text. */
    default String message(Throwable error) {
        return Errors.message(error);
    }

    /** Receives a result: column names once, then each row's values. */
    interface RowConsumer {
        void columns(List<String> names);

        void row(Object[] values);
    }
}
