package io.icebench.cli.engine;

import io.icebench.core.config.ConfigException;
import io.icebench.core.config.Settings;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How to start one engine's worker, read from {@code engines/<name>/engine.properties}.
 *
 * @param remote            the engine runs elsewhere (a server reached over JDBC): its worker's memory is not its memory
 * @param reach             how to check that a remote engine's server answers ({@link RemoteReach})
 * @param unavailableReason null when the engine can run here
 * @param access            how it reads Iceberg: which tables it can read right
 */
public record EngineDescriptor(
        String name,
        String kind,
        String description,
        String readsIceberg,
        List<String> command,
        Map<String, String> environment,
        boolean remote,
        Map<String, String> reach,
        String unavailableReason,
        IcebergAccess access) {

    /** The worker command for one engine spec: a JVM engine's command gets the spec's JVM options. */
    public List<String> commandFor(EngineSpec spec) {
        return commandFor(spec, null);
    }

    /**
     * As {@link #commandFor(EngineSpec)}; a JVM engine that crashes natively writes its fatal-error report
     * into {@code crashDir} (the run's log folder) rather than the user's working directory.
     */
    public List<String> commandFor(EngineSpec spec, Path crashDir) {
        checkOptions(spec);
        List<String> jvm = new ArrayList<>(spec.jvmOptions());
        String driverJar = spec.options().get(EngineSpec.DRIVER_JAR);
        if ("jvm".equals(kind) && crashDir != null) {
            jvm.add("-XX:ErrorFile=" + crashDir.resolve(name + "-hs_err_pid%p.log"));
        }
        if (jvm.isEmpty() && driverJar == null) {
            return command;
        }
        List<String> full = new ArrayList<>(command);
        full.addAll(1, jvm);
        if (driverJar != null) {
            int cp = full.indexOf("-cp") + 1;
            full.set(cp, full.get(cp) + File.pathSeparator + driverJar);
        }
        return List.copyOf(full);
    }

    /** Refuses options the spec's worker cannot start with: a heap not like 4g, a driver jar that is no file, either on a non-JVM engine. */
    public void checkOptions(EngineSpec spec) {
        List<String> jvm = spec.jvmOptions();
        String driverJar = spec.options().get(EngineSpec.DRIVER_JAR);
        if (driverJar != null && !Files.isRegularFile(Path.of(driverJar))) {
            throw new ConfigException(spec.label() + "." + EngineSpec.DRIVER_JAR + " '" + driverJar
                    + "' is not a file; give the path of the engine's JDBC driver jar");
        }
        if ((!jvm.isEmpty() || driverJar != null) && !"jvm".equals(kind)) {
            throw new ConfigException(spec.label() + "." + EngineSpec.HEAP + " applies to JVM engines only; " + name
                    + " is a " + kind + " engine");
        }
    }

    /**
     * This engine as the given spec would find it. A remote engine's server is checked with the spec's own
     * {@code host}, {@code port} or {@code url} options, which win over the environment: {@code -E
     * starrocks.host=...} makes an engine whose default server does not answer available again, and an unanswering
     * server given by option makes it unavailable.
     */
    public EngineDescriptor forSpec(EngineSpec spec, Settings settings) {
        if (!runnableButForReach()) {
            return this;
        }
        return withReason(RemoteReach.whyNot(reach, settings, spec.options()));
    }

    /** A remote engine that is built and would run, whatever its default server answered. */
    private boolean runnableButForReach() {
        return !reach.isEmpty() && !command.isEmpty();
    }

    /** The same engine, unavailable for {@code reason} (null: available). */
    EngineDescriptor withReason(String reason) {
        return new EngineDescriptor(
                name, kind, description, readsIceberg, command, environment, remote, reach, reason, access);
    }

    public boolean available() {
        return unavailableReason == null;
    }

    public static EngineDescriptor unavailable(
            String name, String kind, String description, String readsIceberg, String reason) {
        return new EngineDescriptor(
                name,
                kind,
                description,
                readsIceberg,
                List.of(),
                Map.of(),
                false,
                Map.of(),
                reason,
                IcebergAccess.FILES_WITHOUT_DELETES);
    }
}
