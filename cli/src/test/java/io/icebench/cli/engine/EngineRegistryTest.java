package io.icebench.cli.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.icebench.core.config.Settings;
import io.icebench.core.sql.EngineReads;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The registry's reading of engine.properties: the reads= declaration and a remote engine's reachability. */
class EngineRegistryTest {

    @TempDir
    Path home;

    private EngineRegistry registry(String properties, Map<String, String> environment) throws IOException {
        Path engine = Files.createDirectories(home.resolve("engines/remote"));
        Files.writeString(engine.resolve("engine.properties"), properties);
        Files.createDirectories(engine.resolve("target/classes"));
        Files.writeString(engine.resolve("target/runtime-classpath.txt"), "");
        PythonEnvironment python = new PythonEnvironment(home, new PrintStream(OutputStream.nullOutputStream()));
        return EngineRegistry.discover(home, python, Settings.load(home, environment));
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static EngineSpec spec(List<String> options) {
        return EngineSpec.parse(List.of("remote"), options, Map.of()).get(0);
    }

    @Test
    void engineOptionsNamingAServerThatAnswersRescueAnUnreachableDefault() throws IOException {
        int closed = closedPort();
        EngineRegistry registry = registry(
                "name=remote\nremote=true\nreach-host=REMOTE_HOST:127.0.0.1\n" + "reach-port=REMOTE_PORT:" + closed
                        + "\nreads=catalog\n",
                Map.of());
        EngineDescriptor byDefault = registry.get("remote");
        assertThat(byDefault.unavailableReason())
                .isEqualTo("cannot reach 127.0.0.1:" + closed + " (Connection refused)");
        try (ServerSocket server = new ServerSocket(0)) {
            EngineDescriptor rescued =
                    byDefault.forSpec(spec(List.of("remote.port=" + server.getLocalPort())), registry.settings());
            assertThat(rescued.available()).as(rescued.unavailableReason()).isTrue();
            assertThat(rescued.command()).isNotEmpty();
        }
        assertThat(byDefault.forSpec(spec(List.of()), registry.settings()).available())
                .isFalse();
    }

    @Test
    void anOptionNamingAServerThatDoesNotAnswerMakesAReachableEngineUnavailable() throws IOException {
        try (ServerSocket server = new ServerSocket(0)) {
            EngineRegistry registry = registry(
                    "name=remote\nremote=true\nreach-host=REMOTE_HOST:127.0.0.1\n"
                            + "reach-port=REMOTE_PORT:0\nreads=catalog\n",
                    Map.of("REMOTE_PORT", Integer.toString(server.getLocalPort())));
            EngineDescriptor engine = registry.get("remote");
            assertThat(engine.available()).as(engine.unavailableReason()).isTrue();
            int closed = closedPort();
            assertThat(engine.forSpec(spec(List.of("remote.port=" + closed)), registry.settings())
                            .unavailableReason())
                    .isEqualTo("cannot reach 127.0.0.1:" + closed + " (Connection refused)");
        }
    }

    @Test
    void theWorkerIsStartedWithTheEnginesReadsDeclaration() throws IOException {
        EngineRegistry registry = registry("name=remote\nreads=files\nenv.SOME_SETTING=1\n", Map.of());
        assertThat(registry.get("remote").environment())
                .containsEntry(EngineReads.ENVIRONMENT_VARIABLE, "files")
                .containsKey("SOME_SETTING");
        EngineRegistry catalog = registry("name=remote\nreads=catalog\n", Map.of());
        assertThat(catalog.get("remote").environment()).containsEntry(EngineReads.ENVIRONMENT_VARIABLE, "catalog");
    }
}
