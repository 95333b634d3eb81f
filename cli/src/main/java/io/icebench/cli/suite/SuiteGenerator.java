package io.icebench.cli.suite;

import io.icebench.catalog.generate.BenchmarkData;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The generators a suite's {@code generator:} may name: each is the {@code ./icebench generate} subcommand of the
 * same name, which makes the suite's tables at a scale factor.
 */
public enum SuiteGenerator {
    TPCH("tpch"),
    TPCDS("tpcds");

    private final String command;

    SuiteGenerator(String command) {
        this.command = command;
    }

    /** The data set this generator writes. */
    public BenchmarkData data() {
        return BenchmarkData.of(command);
    }

    /** The {@code generate} subcommand that makes the tables. */
    public String command() {
        return command;
    }

    public static Optional<SuiteGenerator> named(String name) {
        String key = name.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(g -> g.command.equals(key)).findFirst();
    }

    public static String names() {
        return String.join(
                ", ", Arrays.stream(values()).map(SuiteGenerator::command).toList());
    }
}
