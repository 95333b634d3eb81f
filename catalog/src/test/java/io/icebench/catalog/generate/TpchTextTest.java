package io.icebench.catalog.generate;

import static org.assertj.core.api.Assertions.assertThat;

import io.trino.tpch.TpchColumn;
import io.trino.tpch.TpchColumnType;
import io.trino.tpch.TpchEntity;
import io.trino.tpch.TpchTable;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** {@link TpchParquetWriter#asciiBytes} is the UTF-8 encoding of every TPC-H text value, which is ASCII. */
class TpchTextTest {

    @Test
    void everyTextValueIsAsciiAndCopiedAsItsUtf8Bytes() {
        long checked = 0;
        for (TpchTable<?> tpch : TpchTable.getTables()) {
            checked += check(tpch);
        }
        assertThat(checked).isGreaterThan(100_000);
    }

    @Test
    void aShorterValueAfterALongerOneIsCopiedWithoutTheLongerOnesTail() {
        byte[] buffer = new byte[16];
        TpchParquetWriter.asciiBytes("MAIL AND SHIP", buffer);
        TpchParquetWriter.asciiBytes("AIR", buffer);
        assertThat(Arrays.copyOf(buffer, 3)).isEqualTo("AIR".getBytes(StandardCharsets.UTF_8));
    }

    private static <E extends TpchEntity> long check(TpchTable<E> tpch) {
        long checked = 0;
        byte[] buffer = new byte[256];
        for (E row : tpch.createGenerator(0.01, 1, 1)) {
            for (TpchColumn<E> column : tpch.getColumns()) {
                if (column.getType().getBase() != TpchColumnType.Base.VARCHAR) {
                    continue;
                }
                String text = column.getString(row);
                assertThat(text.chars().allMatch(c -> c < 0x80))
                        .as("%s = %s", column.getColumnName(), text)
                        .isTrue();
                TpchParquetWriter.asciiBytes(text, buffer);
                assertThat(Arrays.copyOf(buffer, text.length()))
                        .as(column.getColumnName())
                        .isEqualTo(text.getBytes(StandardCharsets.UTF_8));
                checked++;
            }
        }
        return checked;
    }
}
