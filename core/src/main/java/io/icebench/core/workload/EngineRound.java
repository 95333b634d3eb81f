package io.icebench.core.workload;

import java.util.Map;

/**
 * One engine in one round: its status in the read phase, the total of its medians over the queries it
 * completed ({@code suiteMs}), each query's median with its 95% interval, and the planning time it paid
 * outside its query times (the coordinator's, for engines that get files; null for engines that plan inside).
 */
public record EngineRound(
        String engine, String status, double suiteMs, Map<String, QueryMedian> queries, Double planningMs) {

    /** A query's median and the 95% interval of that median, in milliseconds; {@code rows} of its answer. */
    public record QueryMedian(double medianMs, double ciLowMs, double ciHighMs, Long rows) {}
}
