package io.icebench.cli.command;

import io.icebench.cli.engine.EngineSpec;
import io.icebench.core.config.ConfigException;
import io.icebench.core.config.Settings;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * The options of {@code run} and {@code quickstart} that choose engines and set their options: {@code --engines},
 * {@code -E}, {@code --jdbc} and the engine-specific flags (Spark, StarRocks; Trino from the environment),
 * translated into engine names, {@code -E} options and options per engine name.
 */
final class EngineFlags {

    @Option(
            names = "--engines",
            split = ",",
            description =
                    "Engines to run, e.g. duckdb,spark; LABEL=ENGINE runs an engine "
                            + "twice with different options (env ICEBENCH_ENGINES; default: every engine, those that cannot run here shown as unavailable).")
    List<String> engines;

    @Option(
            names = {"-E", "--engine-option"},
            description = "ENGINE.KEY=VALUE passed to an engine, e.g. duckdb.threads=1 (repeatable).")
    List<String> engineOptions = new ArrayList<>();

    @Option(
            names = "--spark-master",
            description = "Spark master URL: local[*], local[2], spark://host:7077, yarn, k8s://... "
                    + "(env SPARK_MASTER; default local[*]).")
    String sparkMaster;

    @Option(
            names = "--spark-conf",
            description =
                    "KEY=VALUE Spark setting for the Spark engine, e.g. spark.sql.shuffle.partitions=8 (repeatable).")
    List<String> sparkConf = new ArrayList<>();

    @Option(
            names = "--spark-driver-memory",
            description = "Heap of the Spark driver (the Spark worker process), e.g. 4g "
                    + "(env SPARK_DRIVER_MEMORY; default: the JVM's default, a quarter of RAM).")
    String sparkDriverMemory;

    @Option(
            names = "--starrocks-create-catalog",
            description = "Create the StarRocks external Iceberg catalog "
                    + "STARROCKS_CATALOG on the run's metastore when it does not exist.")
    boolean starrocksCreateCatalog;

    @Option(
            names = "--jdbc",
            description = "NAME=URL: benchmark any JDBC engine as NAME (with -E NAME.driver_jar=PATH, "
                    + "NAME.user, NAME.password, NAME.catalog); repeatable.")
    List<String> jdbc = new ArrayList<>();

    /** The engines named (flag over ICEBENCH_ENGINES), plus {@code NAME=jdbc} for every {@code --jdbc}. */
    List<String> names(Settings settings) {
        List<String> named = engines != null
                ? engines
                : settings.get("ICEBENCH_ENGINES")
                        .map(v -> Arrays.asList(v.split(",")))
                        .orElse(List.of());
        List<String> all = new ArrayList<>(named);
        jdbcNames().forEach(name -> all.add(name + "=jdbc"));
        return all;
    }

    /** {@code -E} options plus the url of every {@code --jdbc} engine. */
    List<String> options() {
        jdbcNames(); // each --jdbc entry checked before it is split
        List<String> all = new ArrayList<>(jdbc.stream()
                .map(entry -> entry.substring(0, entry.indexOf('=')).strip() + ".url="
                        + entry.substring(entry.indexOf('=') + 1))
                .toList());
        all.addAll(engineOptions);
        return all;
    }

    /** Options per engine name that engine-specific flags and settings give; {@code -E} overrides them. */
    Map<String, Map<String, String>> defaults(Settings settings) {
        return Map.of(
                "spark",
                spark(settings),
                "spark-comet",
                spark(settings),
                "starrocks",
                starrocks(settings),
                "trino",
                fromSettings(
                        settings,
                        Map.of(
                                "url",
                                "TRINO_URL",
                                "user",
                                "TRINO_USER",
                                "password",
                                "TRINO_PASSWORD",
                                "catalog",
                                "TRINO_CATALOG")));
    }

    private Map<String, String> spark(Settings settings) {
        Map<String, String> spark = new LinkedHashMap<>();
        String master =
                sparkMaster != null ? sparkMaster : settings.get("SPARK_MASTER").orElse(null);
        if (master != null) {
            spark.put("master", master.strip());
        }
        String memory = sparkDriverMemory != null
                ? sparkDriverMemory
                : settings.get("SPARK_DRIVER_MEMORY").orElse(null);
        if (memory != null) {
            spark.put(EngineSpec.HEAP, memory.strip());
        }
        for (String entry : sparkConf) {
            int eq = entry.indexOf('=');
            if (eq <= 0) {
                throw new ConfigException(
                        "--spark-conf '" + entry + "' is not KEY=VALUE (e.g. spark.sql.shuffle.partitions=8)");
            }
            spark.put(
                    "conf." + entry.substring(0, eq).strip(),
                    entry.substring(eq + 1).strip());
        }
        return spark;
    }

    private Map<String, String> starrocks(Settings settings) {
        Map<String, String> options = fromSettings(
                settings,
                Map.of(
                        "host",
                        "STARROCKS_HOST",
                        "port",
                        "STARROCKS_PORT",
                        "user",
                        "STARROCKS_USER",
                        "password",
                        "STARROCKS_PASSWORD",
                        "catalog",
                        "STARROCKS_CATALOG"));
        if (starrocksCreateCatalog) {
            options.put("create_catalog", "true");
        }
        return options;
    }

    private static Map<String, String> fromSettings(Settings settings, Map<String, String> variables) {
        Map<String, String> options = new LinkedHashMap<>();
        variables.forEach((option, variable) -> settings.get(variable).ifPresent(v -> options.put(option, v.strip())));
        return options;
    }

    private List<String> jdbcNames() {
        return jdbc.stream()
                .map(entry -> {
                    int eq = entry.indexOf('=');
                    if (eq <= 0 || !entry.substring(eq + 1).startsWith("jdbc:")) {
                        throw new ConfigException(
                                "--jdbc '" + entry + "' is not NAME=jdbc:... (e.g. pg=jdbc:postgresql://host/db)");
                    }
                    return entry.substring(0, eq).strip();
                })
                .toList();
    }
}
