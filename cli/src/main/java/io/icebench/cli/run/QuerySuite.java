package io.icebench.cli.run;

import io.icebench.cli.suite.Suites;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/** A suite's queries as a run takes them: a built-in suite or a directory, loaded by {@link Suites}. */
public final class QuerySuite {

    private QuerySuite() {}

    /** The suite's queries (only {@code only} when not empty) with the dialect variants of {@code engines}. */
    public static List<Query> load(String suite, Set<String> only, Collection<String> engines) {
        return Suites.load(suite).select(only, engines);
    }
}
