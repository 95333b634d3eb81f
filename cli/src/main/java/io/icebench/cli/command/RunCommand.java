package io.icebench.cli.command;

import io.icebench.cli.IcebenchContext;
import io.icebench.cli.suite.Suites;
import io.icebench.core.config.Defaults;
import io.icebench.core.config.Settings;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code icebench run [QUERY] [TABLE]} or {@code icebench run --suite tpch}. */
@Command(
        name = "run",
        mixinStandardHelpOptions = true,
        description = "Benchmark a query ({table} replaced by TABLE) or a suite on the engines.")
public final class RunCommand implements Callable<Integer> {

    @Parameters(
            index = "0",
            arity = "0..1",
            paramLabel = "QUERY",
            description = "SQL; {table} is replaced by TABLE (env QUERY).")
    String query;

    @Parameters(
            index = "1",
            arity = "0..1",
            paramLabel = "TABLE",
            description = "Table, e.g. warehouse.tpch.lineitem (env TABLE_NAME).")
    String table;

    @Option(
            names = "--suite",
            description =
                    "A query suite: a built-in one (tpch, tpcds), or a directory (suite.yaml, or just .sql files).")
    String suite;

    @Option(
            names = "--namespace",
            description = "Namespace of unqualified table names (env ICEBENCH_NAMESPACE; default: the suite's, "
                    + "else tpch).")
    String namespace;

    @Option(
            names = "--allow-writes",
            description =
                    "Let any SQL reach the engines: writes, several statements (default: one read-only statement only).")
    boolean allowWrites;

    @Mixin
    BenchmarkOptions options;

    @Mixin
    CatalogOptions catalogOptions = new CatalogOptions();

    @Override
    public Integer call() throws Exception {
        IcebenchContext context = IcebenchContext.load().choose(catalogOptions.choice());
        Settings s = context.settings();
        String sql = query != null ? query : suite == null ? s.get("QUERY").orElse(null) : null;
        String tableName = table != null ? table : s.get("TABLE_NAME").orElse(null);
        BenchmarkRequest request = options.request(s)
                .query(sql)
                .table(tableName)
                .suite(suite)
                .namespace(
                        namespace != null
                                ? namespace
                                : s.get("ICEBENCH_NAMESPACE").orElseGet(() -> suiteNamespace(suite)))
                .allowWrites(allowWrites)
                .build();
        return new BenchmarkExecution(context, System.out).execute(request);
    }

    /** The namespace a suite's descriptor names, else the default one. */
    static String suiteNamespace(String suite) {
        return suite == null ? Defaults.TPCH_NAMESPACE : Suites.load(suite).namespace();
    }
}
