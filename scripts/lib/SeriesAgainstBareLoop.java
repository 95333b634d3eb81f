package io.icebench.worker;

import bench.BareJdbcLoop;
import io.icebench.core.model.ColumnDef;
import io.icebench.core.model.DataFileRef;
import io.icebench.core.model.ErrorKind;
import io.icebench.core.model.SqlText;
import io.icebench.core.model.TableSnapshot;
import io.icebench.core.protocol.Message;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

/**
 * What the worker's own code adds to a query's time, without the difference between two processes: one JVM holds the
 * bare loop's connection ({@link BareJdbcLoop}) and the DuckDB engine as icebench's worker opens it (its read-only
 * guard, its views over the same files), and runs each query in blocks of BLOCK runs on three arms, their order
 * rotating from block to block: the bare loop; the engine alone ({@code Engine.execute}, rows dropped, timed here);
 * the worker's series ({@link Executions}: collector, fingerprint, replies; the worker's own timer). The engine and the
 * worker share one DuckDB database, so their ratio is the harness's code alone; the engine against the bare loop is
 * icebench's DuckDB set-up (read-only guard, views) together with the difference between two DuckDB databases. Each
 * query first runs once cold and once to warm up on every arm. Prints {"queries": [{"id": ..., "bare_ms": [...],
 * "engine_ms": [...], "worker_ms": [...]}, ...]} (each block's median per arm) on its last line.
 *   java -cp CLASSES:DUCKDB_ENGINE_CLASSPATH io.icebench.worker.SeriesAgainstBareLoop SQL_FILE[,SQL_FILE...] BLOCKS BLOCK TABLE=FILE[,FILE...]...
 */
public final class SeriesAgainstBareLoop {

    public static void main(String[] args) throws Exception {
        int blocks = Integer.parseInt(args[1]);
        int block = Integer.parseInt(args[2]);
        List<String> tables = List.of(args).subList(3, args.length);
        List<String> results = new ArrayList<>();
        try (Connection bare = BareJdbcLoop.connect(tables)) {
            Engine engine = ServiceLoader.load(Engine.class).stream()
                    .map(ServiceLoader.Provider::get)
                    .filter(e -> e.name().equals("duckdb"))
                    .findFirst()
                    .orElseThrow();
            engine.open(new Message.Open("warehouse", "harness", null, Map.of()));
            for (String table : tables) {
                engine.register(snapshot(bare, table));
            }
            Executions executions = new Executions(engine);
            for (String file : args[0].split(",")) {
                String sql = Files.readString(Path.of(file));
                String id = Path.of(file).getFileName().toString().replace(".sql", "");
                boolean ordered = SqlText.isOrdered(sql);
                List<Arm> arms = List.of(
                        runs -> timedMedian(runs, () -> BareJdbcLoop.run(bare, sql)),
                        runs -> timedMedian(runs, () -> engine.execute(sql, DROPPED)),
                        runs -> workerMedian(executions, new Message.Execute(id, sql, ordered, 0, runs)));
                List<List<Double>> medians = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
                for (Arm arm : arms) {
                    arm.median(2);
                }
                for (int b = 0; b < blocks; b++) {
                    for (int i = 0; i < arms.size(); i++) {
                        int arm = (i + b) % arms.size();
                        medians.get(arm).add(arms.get(arm).median(block));
                    }
                }
                results.add("{\"id\": \"" + id + "\", \"bare_ms\": " + medians.get(0) + ", \"engine_ms\": "
                        + medians.get(1) + ", \"worker_ms\": " + medians.get(2) + "}");
            }
            engine.close();
        }
        System.out.println("{\"queries\": " + results + "}");
    }

    /** One side of the comparison: the median of so many runs. */
    @FunctionalInterface
    private interface Arm {
        double median(int runs) throws Exception;
    }

    /** A consumer that drops the rows: the engine alone, without the worker's collector. */
    private static final Engine.RowConsumer DROPPED = new Engine.RowConsumer() {
        @Override
        public void columns(List<String> names) {}

        @Override
        public void row(Object[] values) {}
    };

    /** The median of so many runs, each timed around the call alone. */
    private static double timedMedian(int runs, Run run) throws Exception {
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            run.once();
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        return median(ms);
    }

    @FunctionalInterface
    private interface Run {
        void once() throws Exception;
    }

    private static double workerMedian(Executions executions, Message.Execute series) {
        List<Message> replies = executions.series(
                series, series.sql(), error -> new Message.Error(ErrorKind.CRASH, String.valueOf(error)));
        double[] ms = replies.stream()
                .map(reply -> reply instanceof Message.Executed executed
                        ? executed
                        : failWith(reply))
                .mapToDouble(executed -> executed.nanos() / 1e6)
                .toArray();
        if (ms.length != series.times()) {
            throw new IllegalStateException("the series ended after " + ms.length + " of " + series.times() + " runs");
        }
        return median(ms);
    }

    private static Message.Executed failWith(Message reply) {
        throw new IllegalStateException("the worker's series did not run: " + reply);
    }

    /** The table as the worker registers it: its name, its columns as DuckDB reads the files, and the files. */
    private static TableSnapshot snapshot(Connection bare, String argument) throws Exception {
        String[] table = argument.split("=", 2);
        List<ColumnDef> columns = new ArrayList<>();
        try (Statement statement = bare.createStatement();
                ResultSet described = statement.executeQuery("DESCRIBE SELECT * FROM \"" + table[0] + "\"")) {
            while (described.next()) {
                columns.add(new ColumnDef(described.getString("column_name"), described.getString("column_type"), false));
            }
        }
        List<DataFileRef> files = Arrays.stream(table[1].split(","))
                .map(path -> DataFileRef.of(path, 0, 0))
                .toList();
        String location = Path.of(files.get(0).path()).getParent().toString();
        return new TableSnapshot("warehouse", "harness", table[0], location, 0, columns, files, List.of(), 0, 0, null);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
