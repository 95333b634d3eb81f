package io.icebench.cli.run;

import io.icebench.core.config.ConfigException;
import io.icebench.core.sql.ReadOnlyGuard;
import java.util.Collection;
import java.util.List;

/** Refuses, before anything runs, a query that is not exactly one read-only statement (unless writes are allowed). */
public final class ReadOnlyQueries {

    private ReadOnlyQueries() {}

    /** Checks each query's text and each of its variants for the engines that will run it. */
    public static void require(List<Query> queries, Collection<String> engines) {
        for (Query query : queries) {
            check(query.id(), query.sql());
            for (String engine : engines) {
                if (query.variantOf(engine) != null) {
                    check(query.id() + " (" + engine + " variant)", query.sqlFor(engine));
                }
            }
        }
    }

    private static void check(String id, String sql) {
        ReadOnlyGuard.refusal(sql).ifPresent(reason -> {
            throw new ConfigException(id + " is refused: " + reason + "; icebench runs one read-only statement "
                    + "(starting with " + String.join(", ", ReadOnlyGuard.STARTS) + ") unless --allow-writes is given");
        });
    }
}
