package io.icebench.core.model;

/**
 * A cold run in a brand-new worker ({@code --cold fresh-process}): process start until the worker's hello,
 * engine set-up (session and tables), then the query's first execution, each timed apart.
 *
 * @param cachesDropped whether the OS page cache was dropped just before (--drop-caches)
 */
public record ColdRun(double startupMs, double setupMs, double ms, Long peakRssBytes, boolean cachesDropped) {}
