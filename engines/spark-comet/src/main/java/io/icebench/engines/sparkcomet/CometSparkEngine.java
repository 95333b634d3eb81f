package io.icebench.engines.sparkcomet;

import io.icebench.core.model.ErrorKind;
import io.icebench.core.model.TableSnapshot;
import io.icebench.core.protocol.Message;
import io.icebench.engines.spark.SparkEngine;
import io.icebench.worker.Engine;
import java.util.Map;
import org.apache.comet.NativeBase;
import org.apache.comet.package$;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Spark with Apache DataFusion Comet: the Spark engine itself ({@link SparkEngine}: its catalog, snapshot pins,
 * errors and row fetching), started with Comet's plugin, native execution and shuffle, and Comet's native Iceberg
 * scan ({@link CometSettings}). After each query it reports which operators Comet ran natively, which Spark ran,
 * and Comet's reasons for the rest ({@link CometPlanStats}), so a speed-up can be traced to what actually ran
 * natively. When Comet's native library does not load on this machine the engine is {@code unavailable}.
 */
public final class CometSparkEngine implements Engine {

    private final SparkEngine spark = new SparkEngine();

    @Override
    public String name() {
        return "spark-comet";
    }

    @Override
    public void open(Message.Open session) throws Exception {
        spark.open(new Message.Open(
                session.catalog(),
                session.defaultNamespace(),
                session.connection(),
                CometSettings.engineOptions(session.options()),
                session.writesAllowed()));
        requireNativeLibrary();
    }

    /** Comet silently leaves every query to Spark when its library does not load: that would be Spark, renamed. */
    private static void requireNativeLibrary() {
        String reason;
        try {
            reason = NativeBase.isLoaded() ? null : "it did not load (see the worker log)";
        } catch (Throwable e) {
            reason = e.getClass().getSimpleName() + ": " + e.getMessage();
        }
        if (reason != null) {
            throw new CometUnavailableException("Comet's native library cannot run on this machine: "
                    + reason.lines().findFirst().orElse(reason));
        }
    }

    @Override
    public void register(TableSnapshot table) throws Exception {
        spark.register(table);
    }

    @Override
    public String catalogName(Message.Open session) {
        return spark.catalogName(session);
    }

    @Override
    public void execute(String sql, RowConsumer rows) {
        spark.execute(sql, rows);
    }

    /** Read from the last query's executed plan, after its timer stopped. */
    @Override
    public Map<String, Number> lastQueryStats() {
        Dataset<Row> last = spark.lastResult();
        if (last == null) {
            return Map.of();
        }
        return CometPlanStats.of(last.queryExecution().executedPlan()).engineStats();
    }

    /** The Spark session is shared by concurrent clients, as in the Spark engine. */
    @Override
    public Engine forConcurrentClient() {
        return this;
    }

    @Override
    public ErrorKind classify(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof CometUnavailableException) {
                return ErrorKind.UNAVAILABLE;
            }
        }
        return spark.classify(error);
    }

    @Override
    public String message(Throwable error) {
        return spark.message(error);
    }

    @Override
    public String version() {
        return spark.version() + " + Comet " + package$.MODULE$.COMET_VERSION();
    }

    @Override
    public void close() {
        spark.close();
    }

    /** Comet cannot run here; the engine is unavailable, not failed. */
    static final class CometUnavailableException extends RuntimeException {
        CometUnavailableException(String message) {
            super(message);
        }
    }
}
