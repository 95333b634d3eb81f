package io.icebench.catalog.metastore;

import io.icebench.catalog.service.ServiceClassSharing;
import io.icebench.catalog.service.ServiceProcess;
import io.icebench.core.config.Defaults;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Launching the metastore server process and waiting for it to answer. */
final class MetastoreProcess {

    private static final String SERVICE = "metastore";
    private final Path dataDir;
    private final Path logFile;

    MetastoreProcess(Path dataDir, Path logFile) {
        this.dataDir = dataDir;
        this.logFile = logFile;
    }

    /** @param environment added to the process's environment (S3 settings: secrets stay off its command line) */
    Process launch(int port, Map<String, String> environment) {
        String java = ProcessHandle.current().info().command().orElse("java");
        String classpath = System.getProperty("java.class.path");
        List<String> command = new ArrayList<>(List.of(java, "-Xmx1g", "-XX:+UseSerialGC"));
        command.addAll(ServiceClassSharing.options());
        command.addAll(List.of(
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
                "-Dorg.slf4j.simpleLogger.log.io.icebench=info",
                "-Dorg.slf4j.simpleLogger.showDateTime=true",
                "-Dicebench.role=metastore",
                "-cp",
                classpath,
                MetastoreServer.class.getName(),
                Integer.toString(port),
                dataDir.toString()));
        return ServiceProcess.launch(SERVICE, command, logFile, environment);
    }

    /** Waits until the port answers; on failure the process (our own child) is ended and the reason thrown. */
    void awaitReady(Process process, int port) {
        ServiceProcess.awaitPort(SERVICE, process, port, Defaults.METASTORE_START_TIMEOUT, logFile);
    }

    String tailOfLog(int lines) {
        return ServiceProcess.tailOfLog(logFile, lines);
    }
}
