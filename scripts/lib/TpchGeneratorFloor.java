import io.icebench.catalog.generate.TpchGenerator;
import io.icebench.catalog.generate.tpch.DbgenTextPool;
import io.icebench.catalog.generate.tpch.TpchRow;
import io.icebench.catalog.generate.tpch.TpchRowSource;
import io.trino.tpch.TextPool;
import io.trino.tpch.TpchColumn;
import io.trino.tpch.TpchEntity;
import io.trino.tpch.TpchTable;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The floor under icebench's TPC-H generation (scripts/bench-generate): a generator (GENERATOR: icebench's own
 * dbgen, or io.trino.tpch, which it replaced) makes every row of every table at SCALE on THREADS threads, split
 * into parts by icebench's own TpchGenerator.partCount, and nothing is written. Each row's columns are read, as the
 * Parquet writer reads them. Prints rows, wall seconds, the text pool's seconds and the process's CPU seconds.
 *   java -cp <the CLI's runtime classpath> TpchGeneratorFloor.java SCALE THREADS dbgen|trino
 */
public final class TpchGeneratorFloor {

    public static void main(String[] args) throws Exception {
        double scale = Double.parseDouble(args[0]);
        int threads = Integer.parseInt(args[1]);
        boolean ours = args[2].equals("dbgen");
        long start = System.nanoTime();
        if (ours) {
            DbgenTextPool.standard();
        } else {
            TextPool.getDefaultTextPool();
        }
        double poolSeconds = (System.nanoTime() - start) / 1e9;
        List<Part> parts = new ArrayList<>();
        for (TpchTable<?> table : TpchTable.getTables()) {
            long rows = TpchGenerator.expectedRows(table.getTableName(), scale);
            int count = TpchGenerator.partCount(table.getTableName(), scale, threads, null);
            for (int part = 1; part <= count; part++) {
                parts.add(new Part(table, part, count, rows, ours));
            }
        }
        parts.sort(Comparator.comparingLong(part -> -part.tableRows()));
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<Long>> made = new ArrayList<>();
        for (Part part : parts) {
            made.add(pool.submit(() -> part.generate(scale)));
        }
        long checksum = 0;
        for (Future<Long> part : made) {
            checksum += part.get();
        }
        long rows = parts.stream().mapToLong(part -> part.rows).sum();
        pool.shutdown();
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpu = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                        .getProcessCpuTime()
                / 1e9;
        System.out.printf(
                "floor %d %.2f %.2f %.2f %d%n", rows, seconds, poolSeconds, cpu, checksum & 0xff);
    }

    private static final class Part {
        private final TpchTable<?> table;
        private final int number;
        private final int count;
        private final long tableRows;
        private final boolean ours;
        private volatile long rows;

        Part(TpchTable<?> table, int number, int count, long tableRows, boolean ours) {
            this.table = table;
            this.number = number;
            this.count = count;
            this.tableRows = tableRows;
            this.ours = ours;
        }

        long tableRows() {
            return tableRows;
        }

        long generate(double scale) {
            return ours ? consumeOurs(scale) : consume(table, scale);
        }

        private long consumeOurs(double scale) {
            long checksum = 0;
            long made = 0;
            int columns = table.getColumns().size();
            TpchRowSource source = TpchRowSource.open(table.getTableName(), scale, number, count, DbgenTextPool.standard());
            TpchRow row = new TpchRow(columns);
            while (source.next(row)) {
                for (int i = 0; i < columns; i++) {
                    checksum += row.textBytes(i) == null ? row.number(i) : row.textLength(i);
                }
                made++;
            }
            rows = made;
            return checksum;
        }

        private <E extends TpchEntity> long consume(TpchTable<E> typed, double scale) {
            long checksum = 0;
            long made = 0;
            List<TpchColumn<E>> columns = typed.getColumns();
            for (E row : typed.createGenerator(scale, number, count)) {
                for (TpchColumn<E> column : columns) {
                    checksum += switch (column.getType().getBase()) {
                        case IDENTIFIER -> column.getIdentifier(row);
                        case INTEGER -> column.getInteger(row);
                        case DATE -> column.getDate(row);
                        case DOUBLE -> (long) column.getDouble(row);
                        case VARCHAR -> column.getString(row).length();
                    };
                }
                made++;
            }
            rows = made;
            return checksum;
        }
    }
}
