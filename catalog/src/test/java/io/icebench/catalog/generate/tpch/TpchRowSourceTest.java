package io.icebench.catalog.generate.tpch;

import static org.assertj.core.api.Assertions.assertThat;

import io.trino.tpch.CustomerGenerator;
import io.trino.tpch.Distributions;
import io.trino.tpch.GenerateUtils;
import io.trino.tpch.LineItemGenerator;
import io.trino.tpch.NationGenerator;
import io.trino.tpch.OrderGenerator;
import io.trino.tpch.PartGenerator;
import io.trino.tpch.PartSupplierGenerator;
import io.trino.tpch.RegionGenerator;
import io.trino.tpch.SupplierGenerator;
import io.trino.tpch.TextPool;
import io.trino.tpch.TpchColumn;
import io.trino.tpch.TpchColumnType;
import io.trino.tpch.TpchEntity;
import io.trino.tpch.TpchTable;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Our dbgen gives io.trino.tpch's rows (the oracle), value for value, for every table, whole and in parts (a
 * part starts by skipping the random streams to its first row), and the same text pool byte for byte. A pool of
 * 4 MB on both sides keeps it quick; the offsets depend only on the pool's size, and {@code TpchFilesTest}
 * compares the full-size pools' rows.
 */
class TpchRowSourceTest {

    private static final int POOL_SIZE = 4 * 1024 * 1024;
    private static final Distributions WORDS = Distributions.getDefaultDistributions();
    private static final TextPool ORACLE_POOL = new TextPool(POOL_SIZE, WORDS);
    private static final DbgenTextPool POOL = new DbgenTextPool(POOL_SIZE, WORDS);

    @Test
    void theTextPoolIsDbgensByteForByte() {
        assertThat(POOL.size()).isEqualTo(ORACLE_POOL.size());
        String ours = new String(POOL.bytes(), 0, POOL.size(), StandardCharsets.US_ASCII);
        assertThat(ours).isEqualTo(ORACLE_POOL.getText(0, ORACLE_POOL.size()));
    }

    @Test
    void everyTableGivesTheOraclesRowsWholeAndInParts() {
        long compared = 0;
        for (TpchTable<?> table : TpchTable.getTables()) {
            compared += compare(table, 0.01, 1, 1);
            if (!List.of("nation", "region").contains(table.getTableName())) {
                compared += compare(table, 0.01, 2, 3);
                compared += compare(table, 0.01, 3, 3);
            }
        }
        assertThat(compared).isGreaterThan(86_000);
    }

    @Test
    void fractionalScalesAndManyPartsSplitTheSameRows() {
        for (String name : List.of("lineitem", "orders", "partsupp", "supplier")) {
            TpchTable<?> table = TpchTable.getTable(name);
            assertThat(compare(table, 0.003, 7, 7)).as(name).isPositive();
        }
        assertThat(compare(TpchTable.LINE_ITEM, 0.0001, 1, 200))
                .as("a part with no orders")
                .isZero();
        assertThat(compare(TpchTable.LINE_ITEM, 0.0001, 200, 200))
                .as("the last part takes them all")
                .isPositive();
    }

    @Test
    void fromScale30000KeysAreDrawnFrom64BitStreams() {
        assertThat(compare(TpchTable.ORDERS, 30_000, 5, 10_000_000)).isEqualTo(4_500);
        assertThat(compare(TpchTable.LINE_ITEM, 30_000, 10_000_000, 10_000_000)).isPositive();
    }

    @Test
    void aDateIsInThePastExactlyWhenDbgenSaysSo() {
        for (int date = Dbgen.FIRST_ORDER_DATE; date < Dbgen.FIRST_ORDER_DATE + 3_000; date++) {
            assertThat(Dbgen.isInPast(date)).as("dbgen date %d", date).isEqualTo(GenerateUtils.isInPast(date));
        }
    }

    @Test
    void supplierCommentsCarryTheComplaintsAndRecommendationsQ16LooksFor() {
        assertThat(compare(TpchTable.SUPPLIER, 1, 1, 1)).isEqualTo(10_000);
        assertThat(compare(TpchTable.SUPPLIER, 1, 2, 3)).isEqualTo(3_333);
        TpchRowSource rows = TpchRowSource.open("supplier", 1, 1, 1, POOL);
        TpchRow row = new TpchRow(7);
        int marked = 0;
        while (rows.next(row)) {
            String comment = row.string(6);
            if (comment.matches(".*Customer .*(Complaints|Recommends).*")) {
                marked++;
            }
        }
        assertThat(marked).isBetween(5, 30);
    }

    private static <E extends TpchEntity> long compare(TpchTable<E> table, double scale, int part, int parts) {
        List<TpchColumn<E>> columns = table.getColumns();
        TpchRowSource ours = TpchRowSource.open(table.getTableName(), scale, part, parts, POOL);
        TpchRow row = new TpchRow(columns.size());
        long rows = 0;
        for (E expected : oracle(table, scale, part, parts)) {
            String where = table.getTableName() + " part " + part + "/" + parts + " row " + rows;
            assertThat(ours.next(row)).as(where + ": a row").isTrue();
            for (int i = 0; i < columns.size(); i++) {
                assertThat(value(row, i, columns.get(i)))
                        .as(where + " " + columns.get(i).getColumnName())
                        .isEqualTo(oracleValue(columns.get(i), expected));
            }
            rows++;
        }
        assertThat(ours.next(row))
                .as(table.getTableName() + ": no row after the oracle's last")
                .isFalse();
        return rows;
    }

    private static Object value(TpchRow row, int index, TpchColumn<?> column) {
        return column.getType().getBase() == TpchColumnType.Base.VARCHAR
                ? row.string(index)
                : (Object) row.number(index);
    }

    private static <E extends TpchEntity> Object oracleValue(TpchColumn<E> column, E row) {
        return switch (column.getType().getBase()) {
            case IDENTIFIER -> column.getIdentifier(row);
            case INTEGER -> (long) column.getInteger(row);
            case DATE -> (long) column.getDate(row);
            case DOUBLE -> Math.round(column.getDouble(row) * 100);
            case VARCHAR -> column.getString(row);
        };
    }

    @SuppressWarnings("unchecked")
    private static <E extends TpchEntity> Iterable<E> oracle(TpchTable<E> table, double scale, int part, int parts) {
        Iterable<? extends TpchEntity> rows = switch (table.getTableName()) {
            case "lineitem" -> new LineItemGenerator(scale, part, parts, WORDS, ORACLE_POOL);
            case "orders" -> new OrderGenerator(scale, part, parts, WORDS, ORACLE_POOL);
            case "partsupp" -> new PartSupplierGenerator(scale, part, parts, ORACLE_POOL);
            case "part" -> new PartGenerator(scale, part, parts, WORDS, ORACLE_POOL);
            case "customer" -> new CustomerGenerator(scale, part, parts, WORDS, ORACLE_POOL);
            case "supplier" -> new SupplierGenerator(scale, part, parts, WORDS, ORACLE_POOL);
            case "nation" -> new NationGenerator(WORDS, ORACLE_POOL);
            case "region" -> new RegionGenerator(WORDS, ORACLE_POOL);
            default -> throw new IllegalArgumentException(table.getTableName());
        };
        List<E> all = new ArrayList<>();
        rows.forEach(row -> all.add((E) row));
        return all;
    }
}
