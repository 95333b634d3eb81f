package io.icebench.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Partitioned TPC-H SF 0.01 after two refresh pairs with one kind of delete file, in namespace {@code mor_MODE}, and
 * the TPC-H suite run on it: what {@link MergeOnReadTest} and {@link DeletionVectorRun} make.
 */
final class MutatedTpch {

    private MutatedTpch() {}

    /** Generates and mutates {@code mor_MODE} (mode position, equality or dv) and returns its name. */
    static String generateAndMutate(Path data, String mode) throws Exception {
        String namespace = "mor_" + mode;
        Cli.Result generated = Cli.run(
                data,
                "generate",
                "tpch",
                "--scale",
                "0.01",
                "--namespace",
                namespace,
                "--partitioned",
                "--format-version",
                mode.equals("dv") ? "3" : "2",
                "--replace");
        assertThat(generated.exit()).as(generated.all()).isZero();
        Cli.Result mutated =
                Cli.run(data, "mutate", "tpch", "--refresh", "2", "--delete-mode", mode, "--namespace", namespace);
        assertThat(mutated.exit()).as(mutated.all()).isZero();
        Matcher totals = Pattern.compile("\\+(\\d+) rows, -(\\d+) rows").matcher(mutated.out());
        assertThat(totals.find()).as(mutated.out()).isTrue();
        assertThat(Long.parseLong(totals.group(2))).isPositive();
        return namespace;
    }

    /** The 22 queries on the engines, the cold run only, results in {@code mor-NAMESPACE-LABEL.json}. */
    static Cli.Result suite(Path data, String namespace, String label, String engines) throws Exception {
        Cli.Result run = Cli.run(
                data,
                "run",
                "--suite",
                "tpch",
                "--namespace",
                namespace,
                "--engines",
                engines,
                "--iterations",
                "0",
                "--spark-master",
                "local[2]",
                // a few shuffle partitions for tables of at most 60,000 rows, not Spark's 200
                "--spark-conf",
                "spark.sql.shuffle.partitions=2",
                "--no-report",
                "--output",
                output(data, namespace, label).toString());
        assertThat(run.exit()).as(run.all()).isIn(0, 1);
        return run;
    }

    static JsonNode results(Path data, String namespace, String label) throws Exception {
        return ResultsJson.read(output(data, namespace, label));
    }

    private static Path output(Path data, String namespace, String label) {
        return data.resolve("mor-" + namespace + "-" + label + ".json");
    }
}
