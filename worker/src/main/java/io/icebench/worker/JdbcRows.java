package io.icebench.worker;

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Hands a JDBC result to a row consumer: the column labels, then every row's values, to the last row. */
public final class JdbcRows {

    private JdbcRows() {}

    public static void consume(ResultSet result, Engine.RowConsumer rows) throws SQLException {
        ResultSetMetaData meta = result.getMetaData();
        int count = meta.getColumnCount();
        List<String> names = new ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            names.add(meta.getColumnLabel(i));
        }
        rows.columns(names);
        while (result.next()) {
            Object[] values = new Object[count];
            for (int i = 0; i < count; i++) {
                values[i] = result.getObject(i + 1);
            }
            rows.row(values);
        }
    }
}
