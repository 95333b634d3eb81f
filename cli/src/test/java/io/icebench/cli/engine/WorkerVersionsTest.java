package io.icebench.cli.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.icebench.core.protocol.FrameCodec;
import io.icebench.core.protocol.Message;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Engine versions for {@code icebench engines}: a real process answers its hello once, then the same worker identity
 * is answered from the cache, and any change to a file the command names starts it again.
 */
class WorkerVersionsTest {

    @TempDir
    Path dir;

    /** A worker that says hello with {@code version}: {@code cat} of a file holding the frame (the file is in its command). */
    private EngineDescriptor worker(String name, Path hello, String version) throws IOException {
        ByteArrayOutputStream frame = new ByteArrayOutputStream();
        FrameCodec.write(frame, new Message.Hello(name, version, 1));
        Files.write(hello, frame.toByteArray());
        return new EngineDescriptor(
                name, "jvm", name, "", List.of("cat", hello.toString()), Map.of(), false, Map.of(), null, null);
    }

    private WorkerVersions versions() {
        return new WorkerVersions(dir.resolve("cache"), dir.resolve("logs"));
    }

    @Test
    void aWorkerIsStartedOnceThenRememberedUntilAFileItNamesChanges() throws Exception {
        Path hello = dir.resolve("hello.frame");
        EngineDescriptor engine = worker("one", hello, "1.0");

        WorkerVersions.Probe first = versions().probe(List.of(engine), false).get("one");
        assertThat(first).isEqualTo(new WorkerVersions.Probe("1.0", null, false));
        assertThat(versions().probe(List.of(engine), false).get("one"))
                .isEqualTo(new WorkerVersions.Probe("1.0", null, true));

        worker("one", hello, "2.0.1"); // same path, new content: another size
        assertThat(versions().probe(List.of(engine), false).get("one"))
                .isEqualTo(new WorkerVersions.Probe("2.0.1", null, false));
        assertThat(versions().probe(List.of(engine), true).get("one").remembered())
                .as("--probe starts it whatever the cache holds")
                .isFalse();
    }

    @Test
    void theCallerIsToldWhichWorkersStartBeforeTheyDoAndNothingWhenAllAreRemembered() throws Exception {
        EngineDescriptor one = worker("one", dir.resolve("one.frame"), "1.0");
        EngineDescriptor two = worker("two", dir.resolve("two.frame"), "2.0");
        versions().probe(List.of(one), false);

        List<List<String>> told = new ArrayList<>();
        versions().probe(List.of(one, two), false, told::add);
        assertThat(told).containsExactly(List.of("two"));

        told.clear();
        versions().probe(List.of(one, two), false, told::add);
        assertThat(told).isEmpty();
    }

    @Test
    void aTouchedFileChangesTheIdentity() throws Exception {
        Path jar = Files.writeString(dir.resolve("engine.jar"), "classes");
        List<String> command = List.of("/usr/bin/java", "-cp", dir + "/classes:" + jar, "Main");
        String before = WorkerIdentity.of(command, Map.of("A", "1"));
        assertThat(WorkerIdentity.of(command, Map.of("A", "1"))).isEqualTo(before);
        assertThat(WorkerIdentity.of(command, Map.of("A", "2"))).isNotEqualTo(before);
        Files.setLastModifiedTime(
                jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() + 5_000));
        assertThat(WorkerIdentity.of(command, Map.of("A", "1"))).isNotEqualTo(before);
    }

    @Test
    void aWorkerThatCannotStartIsUnavailableAndNotRemembered() throws Exception {
        Path empty = Files.createFile(dir.resolve("silent"));
        EngineDescriptor silent = new EngineDescriptor(
                "mute", "jvm", "", "", List.of("cat", empty.toString()), Map.of(), false, Map.of(), null, null);

        WorkerVersions.Probe probe = versions().probe(List.of(silent), false).get("mute");
        assertThat(probe.version()).isNull();
        assertThat(probe.failure()).isNotBlank();
        assertThat(versions().probe(List.of(silent), false).get("mute").remembered())
                .isFalse();
    }
}
