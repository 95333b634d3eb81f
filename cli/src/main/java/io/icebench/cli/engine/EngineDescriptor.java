package io.icebench.cli.engine;

import java.util.List;
import java.util.Map;

/**
 * How to start one engine's worker, read from {@code engines/<name>/engine.properties}.
 *
 * @param unavailableReason null when the engine can run here
 */
public record EngineDescriptor(
        String name,
        String kind,
        String description,
        String readsIceberg,
        List<String> command,
        Map<String, String> environment,
        String unavailableReason) {

    /** The worker command for one engine spec: a JVM engine's command gets the spec's JVM options. */
    public List<String> commandFor(EngineSpec spec) {
        return commandFor(spec, null);
    }

    /**
     * As {@link #commandFor(EngineSpec)}; a JVM engine that crashes natively writes its fatal-error report
     * into {@code crashDir} (the run's log folder) rather than the user's working directory.
     */
    public List<String> commandFor(EngineSpec spec, java.nio.file.Path crashDir) {
        List<String> jvm = new java.util.ArrayList<>(spec.jvmOptions());
        if ("jvm".equals(kind) && crashDir != null) {
            jvm.add("-XX:ErrorFile=" + crashDir.resolve(name + "-hs_err_pid%p.log"));
        }
        if (jvm.isEmpty()) {
            return command;
        }
        if (!"jvm".equals(kind)) {
            throw new io.icebench.core.config.ConfigException(spec.label() + "." + EngineSpec.HEAP
                    + " applies to JVM engines only; " + name + " is a " + kind + " engine");
        }
        List<String> full = new java.util.ArrayList<>(command);
        full.addAll(1, jvm);
        return List.copyOf(full);
    }

    public boolean available() {
        return unavailableReason == null;
    }

    public static EngineDescriptor unavailable(String name, String kind, String description, String readsIceberg,
            String reason) {
        return new EngineDescriptor(name, kind, description, readsIceberg, List.of(), Map.of(), reason);
    }
}
