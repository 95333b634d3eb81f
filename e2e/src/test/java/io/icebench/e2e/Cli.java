package io.icebench.e2e;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs the real icebench CLI as a separate process, as the launcher does. */
final class Cli {

    static final Path HOME =
            Path.of(System.getProperty("icebench.home", "..")).toAbsolutePath().normalize();
    static final Path WORK =
            Path.of(System.getProperty("icebench.e2e.dir", "target/e2e")).toAbsolutePath();

    record Result(int exit, String out, String err) {
        String all() {
            return out + err;
        }
    }

    private Cli() {}

    static ProcessBuilder builder(Path dataDir, Path workingDir, Map<String, String> env, String... args)
            throws IOException {
        // the launcher's command, plus quick start-up flags: hundreds of short coordinator JVMs here spent about
        // half their CPU time compiling with C2 (workers, which are what gets measured, are started as before)
        List<String> flags = List.of(
                "-Xmx1g", // the launcher's default heap (ICEBENCH_CLI_HEAP)
                "-Xss4m",
                "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC",
                "-Dicebench.home=" + HOME,
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=error");
        List<String> command =
                new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java")));
        command.addAll(flags);
        command.addAll(CliClassSharing.arguments(flags));
        command.add("io.icebench.cli.Main");
        command.addAll(List.of(args));
        Files.createDirectories(workingDir);
        ProcessBuilder builder = new ProcessBuilder(command).directory(workingDir.toFile());
        builder.environment().remove("HIVE_METASTORE_URI");
        builder.environment().put("ICEBENCH_DATA_DIR", dataDir.toString());
        builder.environment().put("CI", "true");
        builder.environment().putAll(env);
        return builder;
    }

    static Result run(Path dataDir, Path workingDir, Map<String, String> env, String... args) throws Exception {
        return runWithin(Duration.ofMinutes(10), dataDir, workingDir, env, args);
    }

    /** For the few commands that take longer than 10 minutes on 2 cores (a whole suite on Spark). */
    static Result runWithin(Duration limit, Path dataDir, String... args) throws Exception {
        return runWithin(limit, dataDir, dataDir.resolve("cwd"), Map.of(), args);
    }

    private static Result runWithin(
            Duration limit, Path dataDir, Path workingDir, Map<String, String> env, String... args) throws Exception {
        Files.createDirectories(WORK); // a test run alone may be the first to write here
        Path out = Files.createTempFile(WORK, "out", ".txt");
        Path err = Files.createTempFile(WORK, "err", ".txt");
        Process process = builder(dataDir, workingDir, env, args)
                .redirectOutput(out.toFile())
                .redirectError(err.toFile())
                .start();
        if (!process.waitFor(limit.toSeconds(), TimeUnit.SECONDS)) {
            killTree(process);
            throw new AssertionError(
                    "icebench " + String.join(" ", args) + " did not finish in " + limit.toMinutes() + " minutes");
        }
        return new Result(
                process.exitValue(),
                Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    /**
     * The command as Ctrl-C can stop it: a process started with SIGINT ignored (a background job of a
     * non-interactive shell, nohup) passes that on, and a JVM then installs no handler for it.
     */
    static ProcessBuilder interruptible(ProcessBuilder builder) {
        builder.command().addAll(0, List.of("env", "--default-signal=INT"));
        return builder;
    }

    /** What Ctrl-C sends to the process started by {@link #interruptible}. */
    static void interrupt(Process cli) throws Exception {
        new ProcessBuilder("kill", "-INT", Long.toString(cli.pid())).start().waitFor();
    }

    /** Kills a CLI that did not end as it should, and its workers, so that the next test starts clean. */
    static void killTree(Process process) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
    }

    static Result run(Path dataDir, String... args) throws Exception {
        return run(dataDir, dataDir.resolve("cwd"), Map.of(), args);
    }

    /** Runs one of the project's scripts (e.g. {@code scripts/spark-cluster}) with the given data directory. */
    static Result script(Path dataDir, String script, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(HOME.resolve(script).toString()));
        command.addAll(List.of(args));
        Files.createDirectories(WORK); // a test run alone may be the first to write here
        Path out = Files.createTempFile(WORK, "out", ".txt");
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(dataDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(out.toFile());
        builder.environment().put("ICEBENCH_DATA_DIR", dataDir.toString());
        // a script calling ./icebench runs what this build made, never a second build inside it
        builder.environment().put("ICEBENCH_NO_BUILD", "1");
        Process process = builder.start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError(script + " did not finish in 5 minutes");
        }
        return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), "");
    }

    /**
     * Worker processes still alive that these tests started (their coordinator's data directory is under
     * {@link #WORK}); other people's icebench runs on the same machine are not counted.
     */
    static List<ProcessHandle> liveWorkers() {
        return OwnProcesses.workersUnder(WORK);
    }
}
