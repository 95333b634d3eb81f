package io.icebench.core.model;

/**
 * What resolving a table's snapshot cost the coordinator: reading manifests and listing the files, plus
 * converting deletion vectors for engines that read files. Engines that read the catalog themselves pay
 * the like inside their query times.
 */
public record Planning(
        double planMs, int manifests, int dataFiles, int positionDeletes, int equalityDeletes, int deletionVectors) {

    public static final Planning NONE = new Planning(0, 0, 0, 0, 0, 0);

    public int deleteFiles() {
        return positionDeletes + equalityDeletes + deletionVectors;
    }
}
