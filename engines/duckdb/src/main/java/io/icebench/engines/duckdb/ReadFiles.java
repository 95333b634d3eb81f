package io.icebench.engines.duckdb;

import io.icebench.core.sql.SqlDialect;
import io.icebench.core.sql.SqlLexer;
import io.icebench.core.sql.SqlToken;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The files the session's views read, taken from the views' definitions as DuckDB keeps them: every string
 * literal in them (the paths given to {@code read_parquet}; a literal that is no path allows nothing).
 */
final class ReadFiles {

    private ReadFiles() {
    }

    static List<String> of(Connection connection) throws SQLException {
        List<String> files = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet views = statement.executeQuery("SELECT sql FROM duckdb_views() WHERE NOT internal")) {
            while (views.next()) {
                for (SqlToken token : SqlLexer.tokens(views.getString(1), SqlDialect.STANDARD)) {
                    if (token.kind() == SqlToken.Kind.QUOTED && token.text().startsWith("'")) {
                        String text = token.text();
                        files.add(text.substring(1, text.length() - 1).replace("''", "'"));
                    }
                }
            }
        }
        return files.stream().distinct().toList();
    }
}
