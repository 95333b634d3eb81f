package io.icebench.catalog.plan;

/** Iceberg file locations as the engines open them: local files as plain paths, other schemes as URIs. */
public final class FileLocations {

    private FileLocations() {}

    public static String openable(String location) {
        if (location.startsWith("file://")) {
            return location.substring("file://".length());
        }
        if (location.startsWith("file:")) {
            return location.substring("file:".length());
        }
        return location;
    }
}
