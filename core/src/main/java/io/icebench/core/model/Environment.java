package io.icebench.core.model;

import java.util.Map;

/** Where a run happened, so that its numbers can be reproduced and compared. */
public record Environment(
        String os,
        String cpuModel,
        int cores,
        long memoryBytes,
        String java,
        String icebenchVersion,
        String hostname,
        String startedAt,
        Map<String, String> extra) {}
