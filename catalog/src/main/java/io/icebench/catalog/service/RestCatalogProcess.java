package io.icebench.catalog.service;

import io.icebench.core.config.ConfigException;
import java.io.File;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Launching the REST catalog server ({@code services/rest-catalog}, its own classpath) as its own process,
 * waiting for its ready line, and reading its log.
 */
final class RestCatalogProcess {

    static final String MAIN = "io.icebench.rest.LoopbackRestCatalogServer";
    /** The line {@code LoopbackRestCatalogServer} prints once it accepts requests. */
    static final String READY = "icebench rest catalog ready";

    static final Duration START_TIMEOUT = Duration.ofSeconds(60);
    private final Path home;
    private final Path logFile;

    RestCatalogProcess(Path home, Path logFile) {
        this.home = home;
        this.logFile = logFile;
    }

    /** The server's classpath, as the module's build wrote it; a clear error when it is not built. */
    String classpath() {
        Path module = home.resolve("services/rest-catalog");
        Path classpathFile = module.resolve("target/runtime-classpath.txt");
        Path classes = module.resolve("target/classes");
        if (!Files.isRegularFile(classpathFile) || !Files.isDirectory(classes)) {
            throw new ConfigException("the REST catalog server is not built (no " + classpathFile
                    + "); build it with: ./mvnw -B -q -DskipTests package -pl services/rest-catalog -am");
        }
        try {
            return classes
                    + File.pathSeparator
                    + Files.readString(classpathFile).strip();
        } catch (IOException e) {
            throw new ConfigException("cannot read " + classpathFile + ": " + e.getMessage());
        }
    }

    /** Starts the server on {@code propertiesFile}; returns it with the log offset from which its output starts. */
    Launched launch(Path propertiesFile) {
        String classpath = classpath();
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>();
        if (new File("/usr/bin/setsid").canExecute()) {
            // its own session: Ctrl-C on the command that started it does not reach it
            command.add("/usr/bin/setsid");
        }
        command.addAll(List.of(
                java,
                "-Xmx512m",
                "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1",
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
                "-Dorg.slf4j.simpleLogger.showDateTime=true",
                "-Dicebench.role=rest-catalog",
                "-cp",
                classpath,
                MAIN,
                propertiesFile.toString()));
        long offset = logFile.toFile().length();
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        try {
            Process process = builder.start();
            ServiceProcess.awaitExec(process);
            return new Launched(process, offset);
        } catch (IOException e) {
            throw new IllegalStateException("cannot start the REST catalog process: " + e.getMessage(), e);
        }
    }

    record Launched(Process process, long logOffset) {}

    /** Waits for the ready line; on failure the process (our own child) is ended and the reason thrown. */
    void awaitReady(Launched launched) {
        Process process = launched.process();
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (logSince(launched.logOffset()).contains(READY)) {
                return;
            }
            if (!process.isAlive()) {
                throw new IllegalStateException("the REST catalog exited during start-up (exit code "
                        + process.exitValue() + "); last lines of " + logFile + ":\n" + tailOfLog(12));
            }
            sleep(Duration.ofMillis(50));
        }
        ServiceProcess.terminate(process.toHandle());
        throw new IllegalStateException("the REST catalog did not start within " + START_TIMEOUT.toSeconds()
                + " s; last lines of " + logFile + ":\n" + tailOfLog(12));
    }

    private String logSince(long offset) {
        try (RandomAccessFile file = new RandomAccessFile(logFile.toFile(), "r")) {
            long length = file.length();
            if (length <= offset) {
                return "";
            }
            byte[] bytes = new byte[(int) Math.min(length - offset, 1 << 20)];
            file.seek(offset);
            file.readFully(bytes);
            return new String(bytes, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    String tailOfLog(int lines) {
        return ServiceProcess.tailOfLog(logFile, lines);
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the REST catalog", e);
        }
    }
}
