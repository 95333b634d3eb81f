package io.icebench.cli.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** A JVM engine's classpath at another version: the built library out, the requested one in, the module's own first. */
class EngineLibraryTest {

    private static final String REPO = "/m2/";

    private static String jar(String groupPath, String artifact, String version) {
        return REPO + groupPath + "/" + artifact + "/" + version + "/" + artifact + "-" + version + ".jar";
    }

    private static Properties properties(String text) throws Exception {
        Properties p = new Properties();
        p.load(new java.io.StringReader(text));
        return p;
    }

    @Test
    void theLibraryJarIsSwappedAndTheModulesJarsStay() throws Exception {
        EngineLibrary library = EngineLibrary.of(properties("library=org.duckdb:duckdb_jdbc"), "2.0.0.1");
        List<String> module = List.of(
                "/home/worker/target/icebench-worker.jar",
                jar("org/slf4j", "slf4j-api", "2.0.17"),
                jar("org/duckdb", "duckdb_jdbc", "1.4.2.0"));
        assertThat(library.builtVersion(module)).isEqualTo("1.4.2.0");
        String classpath = library.classpath(
                module,
                List.of(jar("org/duckdb", "duckdb_jdbc", "1.4.2.0")),
                List.of(jar("org/duckdb", "duckdb_jdbc", "2.0.0.1"), jar("org/slf4j", "slf4j-api", "2.0.17")));
        assertThat(classpath.split(":"))
                .containsExactly(
                        "/home/worker/target/icebench-worker.jar",
                        jar("org/slf4j", "slf4j-api", "2.0.17"),
                        jar("org/duckdb", "duckdb_jdbc", "2.0.0.1"));
    }

    @Test
    void aMajorVersionNamesItsOwnLibraryAndDropsModuleJars() throws Exception {
        Properties p = properties("library=org.apache.spark:spark-sql_2.12\n"
                + "library.4=org.apache.spark:spark-sql_2.13,org.apache.iceberg:iceberg-spark-runtime-4.0_2.13:1.10.0\n"
                + "library.4.drops=iceberg-spark-runtime-3.5_2.12\n");
        assertThat(EngineLibrary.of(p, "3.5.8").artifacts()).containsExactly("org.apache.spark:spark-sql_2.12");
        EngineLibrary four = EngineLibrary.of(p, "4.0.1");
        List<String> built = List.of(jar("org/apache/spark", "spark-sql_2.12", "3.5.7"));
        assertThat(four.builtVersion(built))
                .as("4.x names _2.13, which the module was not built with")
                .isNull();
        assertThat(EngineLibrary.builtDefault(p, four).builtVersion(built)).isEqualTo("3.5.7");
        String classpath = four.classpath(
                List.of(
                        jar("org/apache/iceberg", "iceberg-spark-runtime-3.5_2.12", "1.10.0"),
                        jar("org/apache/spark", "spark-sql_2.12", "3.5.7"),
                        jar("org/apache/iceberg", "iceberg-aws-bundle", "1.10.0")),
                List.of(jar("org/apache/spark", "spark-sql_2.12", "3.5.7")),
                List.of(jar("org/apache/spark", "spark-sql_2.13", "4.0.1")));
        assertThat(classpath.split(":"))
                .containsExactly(
                        jar("org/apache/iceberg", "iceberg-aws-bundle", "1.10.0"),
                        jar("org/apache/spark", "spark-sql_2.13", "4.0.1"));
    }

    @Test
    void anEngineWithoutALibraryHasNoOtherVersion() throws Exception {
        assertThat(EngineLibrary.of(properties("name=jdbc"), "1.0")).isNull();
    }

    @Test
    void mavensMissingArtifactBecomesOneLine() {
        String reason = MavenLibrary.reason(
                List.of("[ERROR] Failed to execute goal on project duckdb: Could not resolve dependencies for project"
                        + " x: The following artifacts could not be resolved: org.duckdb:duckdb_jdbc:jar:9.9.9"
                        + " (absent): Could not find artifact org.duckdb:duckdb_jdbc:jar:9.9.9 in central"
                        + " (https://repo.maven.apache.org/maven2) -> [Help 1]"),
                Path.of("maven.log"));
        assertThat(reason)
                .isEqualTo("Maven could not find org.duckdb:duckdb_jdbc:jar:9.9.9 in the repositories it uses");
    }

    @Test
    void theCacheFollowsXdgAndItsOwnVariable() {
        Path home = Path.of("/home/u");
        assertThat(EngineCache.root(Map.of(), home)).isEqualTo(Path.of("/home/u/.cache/icebench/engines"));
        assertThat(EngineCache.root(Map.of("XDG_CACHE_HOME", "/x"), home)).isEqualTo(Path.of("/x/icebench/engines"));
        assertThat(EngineCache.root(Map.of("ICEBENCH_ENGINE_CACHE", "/c", "XDG_CACHE_HOME", "/x"), home))
                .isEqualTo(Path.of("/c"));
    }
}
