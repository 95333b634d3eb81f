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

    public boolean available() {
        return unavailableReason == null;
    }

    public static EngineDescriptor unavailable(String name, String kind, String description, String readsIceberg,
            String reason) {
        return new EngineDescriptor(name, kind, description, readsIceberg, List.of(), Map.of(), reason);
    }
}
