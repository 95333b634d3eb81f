package bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The bare loop scripts/bench-harness-jvm compares icebench's DuckDB worker with: one JVM, one DuckDB JDBC connection,
 * one view per table over the same Parquet files, the same threads; the queries in the worker's order, each run
 * WARMUPS times untimed after a cold run, then ITERATIONS times, each timed from statement creation to the last value
 * read (every column with getObject), as the worker times it. Prints {"ms": [[...], ...]} (per SQL file, in order) on
 * its last line. {@link SeriesAgainstBareLoop} runs its views and runs beside the worker's in one JVM.
 *   java -cp CLASSES:DUCKDB_CLASSPATH bench.BareJdbcLoop SQL_FILE[,SQL_FILE...] ITERATIONS WARMUPS TABLE=FILE[,FILE...]...
 */
public final class BareJdbcLoop {

    public static void main(String[] args) throws Exception {
        List<String> queries = new ArrayList<>();
        for (String file : args[0].split(",")) {
            queries.add(Files.readString(Path.of(file)));
        }
        int iterations = Integer.parseInt(args[1]);
        int warmups = Integer.parseInt(args[2]);
        try (Connection connection = connect(List.of(args).subList(3, args.length))) {
            List<String> perQuery = new ArrayList<>();
            for (String sql : queries) {
                for (int i = 0; i < 1 + warmups; i++) {
                    run(connection, sql);
                }
                List<String> ms = new ArrayList<>();
                for (int i = 0; i < iterations; i++) {
                    long start = System.nanoTime();
                    long values = run(connection, sql);
                    ms.add(String.valueOf((System.nanoTime() - start) / 1e6));
                    if (values < 0) {
                        throw new IllegalStateException("unreachable");
                    }
                }
                perQuery.add("[" + String.join(", ", ms) + "]");
            }
            System.out.println("{\"ms\": [" + String.join(", ", perQuery) + "]}");
        }
    }

    /** A connection with all cores' threads and one view per TABLE=FILE[,FILE...] argument. */
    public static Connection connect(List<String> tables) throws Exception {
        Connection connection = DriverManager.getConnection("jdbc:duckdb:");
        try (Statement setup = connection.createStatement()) {
            setup.execute("SET threads TO " + Runtime.getRuntime().availableProcessors());
            for (String argument : tables) {
                String[] table = argument.split("=", 2);
                String files = List.of(table[1].split(",")).stream()
                        .map(f -> "'" + f.replace("'", "''") + "'")
                        .collect(Collectors.joining(", "));
                setup.execute("CREATE VIEW \"" + table[0] + "\" AS SELECT * FROM read_parquet([" + files
                        + "], hive_partitioning = false)");
            }
        }
        return connection;
    }

    /** One run: every value read; returns how many were not null. */
    public static long run(Connection connection, String sql) throws Exception {
        long values = 0;
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                for (int c = 1; c <= columns; c++) {
                    if (result.getObject(c) != null) {
                        values++;
                    }
                }
            }
        }
        return values;
    }
}
