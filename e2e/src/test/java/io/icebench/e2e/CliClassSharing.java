package io.icebench.e2e;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The CLI's class path for the hundreds of coordinator JVMs these tests start, with a class-data-sharing archive as
 * the launcher makes one (./icebench, {@code startup-training}): made once per test JVM under {@code target/e2e}
 * from the CLI's jar, it saves about a quarter of a CPU-second per command. Without a current jar (classes
 * compiled after it) or when the archive cannot be made, the classes are read as usual.
 */
final class CliClassSharing {

    private static List<String> arguments;

    private CliClassSharing() {}

    /** The JVM arguments before the main class: the archive, if any, and the class path. */
    static synchronized List<String> arguments(List<String> jvmFlags) throws IOException {
        if (arguments == null) {
            arguments = make(jvmFlags);
        }
        return arguments;
    }

    private static List<String> make(List<String> jvmFlags) throws IOException {
        String libraries = Files.readString(Cli.HOME.resolve("cli/target/runtime-classpath.txt"))
                .strip();
        Path classes = Cli.HOME.resolve("cli/target/classes");
        Path jar = currentJar(classes);
        if (jar == null) {
            return List.of("-cp", classes + ":" + libraries);
        }
        String classpath = jar + ":" + libraries;
        // one archive per build of the jar: an archive of another build would be ignored
        Path archive = Cli.WORK.resolve("cds/cli-" + Files.size(jar) + "-"
                + Files.getLastModifiedTime(jar).toMillis() + ".jsa");
        if (!Files.exists(archive) && !train(jvmFlags, classpath, archive)) {
            return List.of("-cp", classpath);
        }
        // as the launcher does: the metastores the commands start map it too (ServiceClassSharing)
        return List.of(
                "-Xlog:cds*=off",
                "-XX:SharedArchiveFile=" + archive,
                "-Dicebench.class-sharing=" + archive,
                "-cp",
                classpath);
    }

    private static boolean train(List<String> jvmFlags, String classpath, Path archive) {
        try {
            Files.createDirectories(archive.getParent());
            Path written = archive.resolveSibling(archive.getFileName() + ".tmp");
            List<String> command = new ArrayList<>(
                    List.of(ProcessHandle.current().info().command().orElse("java")));
            command.addAll(jvmFlags);
            command.addAll(List.of(
                    "-Xlog:cds*=off",
                    "-XX:ArchiveClassesAtExit=" + written,
                    "-cp",
                    classpath,
                    "io.icebench.cli.Main",
                    "startup-training"));
            Process training = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            if (!training.waitFor(2, TimeUnit.MINUTES) || training.exitValue() != 0 || !Files.exists(written)) {
                training.destroyForcibly();
                return false;
            }
            Files.move(written, archive, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return true;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The CLI's jar when no class was compiled after it, else null. */
    private static Path currentJar(Path classes) throws IOException {
        Path jar = null;
        try (DirectoryStream<Path> jars = Files.newDirectoryStream(classes.getParent(), "icebench-cli-*.jar")) {
            for (Path candidate : jars) {
                jar = candidate;
            }
        }
        if (jar == null) {
            return null;
        }
        FileTime built = Files.getLastModifiedTime(jar);
        try (Stream<Path> files = Files.walk(classes)) {
            boolean newer = files.filter(Files::isRegularFile).anyMatch(f -> {
                try {
                    return Files.getLastModifiedTime(f).compareTo(built) > 0;
                } catch (IOException e) {
                    return true;
                }
            });
            return newer ? null : jar;
        }
    }
}
