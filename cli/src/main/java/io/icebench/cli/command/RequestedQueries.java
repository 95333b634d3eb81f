package io.icebench.cli.command;

import io.icebench.catalog.TableName;
import io.icebench.cli.command.BenchmarkRequest.Workload;
import io.icebench.cli.run.Query;
import io.icebench.cli.run.ReadOnlyQueries;
import io.icebench.cli.suite.Suite;
import io.icebench.core.config.ConfigException;
import java.util.List;

/**
 * The queries a workload asks for: a suite's (only some, with {@code --queries}), or the one query given with
 * {@code {table}} replaced; read-only unless writes are allowed.
 */
final class RequestedQueries {

    private RequestedQueries() {}

    /** {@code suite}: the loaded suite when the workload names one. */
    static List<Query> of(Workload workload, Suite suite, String catalogName, List<String> engineNames) {
        List<Query> queries;
        if (suite != null) {
            if (workload.query() != null) {
                throw new ConfigException("give either QUERY or --suite, not both");
            }
            queries = suite.select(workload.onlyQueries(), engineNames);
        } else {
            queries = List.of(new Query("query", sql(workload, catalogName)));
        }
        if (!workload.allowWrites()) {
            ReadOnlyQueries.require(queries, engineNames);
        }
        return queries;
    }

    private static String sql(Workload workload, String catalogName) {
        if (workload.query() == null || workload.query().isBlank()) {
            throw new ConfigException("no query: pass QUERY (or set QUERY in the environment or benchmark.env), "
                    + "or choose --suite tpch");
        }
        String sql = workload.query();
        if (sql.contains("{table}")) {
            if (workload.table() == null) {
                throw new ConfigException("the query uses {table} but no table is given: pass TABLE or set TABLE_NAME");
            }
            TableName.parse(workload.table(), catalogName, workload.namespace());
            sql = sql.replace("{table}", workload.table().strip());
        }
        return sql;
    }
}
