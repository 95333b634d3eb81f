package io.icebench.engines.flink;

import java.net.URI;
import java.util.Map;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.DeploymentOptions;
import org.apache.flink.configuration.MemorySize;
import org.apache.flink.configuration.RestOptions;
import org.apache.flink.configuration.TaskManagerOptions;
import org.apache.flink.runtime.minicluster.MiniCluster;
import org.apache.flink.runtime.minicluster.MiniClusterConfiguration;

/**
 * One Flink mini-cluster (job manager and one task manager with a slot per core) inside the worker JVM, started once
 * at setup, so that a query's time holds its job and not a cluster start. Queries reach it through its REST endpoint on
 * 127.0.0.1, as they would a cluster of their own.
 */
final class LocalCluster implements AutoCloseable {

    /** Flink's local default (128 MB) makes TPC-H's joins and sorts spill from SF 1 on. */
    static final String DEFAULT_MANAGED_MEMORY = "512m";

    private final MiniCluster cluster;
    private final URI rest;

    private LocalCluster(MiniCluster cluster, URI rest) {
        this.cluster = cluster;
        this.rest = rest;
    }

    /** Starts it with {@code slots} slots; {@code settings} are Flink settings that override the defaults. */
    static LocalCluster start(int slots, Map<String, String> settings) throws Exception {
        Configuration conf = new Configuration();
        conf.set(RestOptions.BIND_ADDRESS, "127.0.0.1");
        conf.set(RestOptions.ADDRESS, "127.0.0.1");
        conf.set(RestOptions.BIND_PORT, "0");
        conf.set(TaskManagerOptions.MANAGED_MEMORY_SIZE, MemorySize.parse(DEFAULT_MANAGED_MEMORY));
        conf.addAll(Configuration.fromMap(settings));
        MiniCluster cluster = new MiniCluster(new MiniClusterConfiguration.Builder()
                .setConfiguration(conf)
                .setNumTaskManagers(1)
                .setNumSlotsPerTaskManager(slots)
                .build());
        cluster.start();
        return new LocalCluster(cluster, cluster.getRestAddress().get());
    }

    /** What a client needs to submit jobs to this cluster. */
    Configuration clientConfiguration() {
        Configuration conf = new Configuration();
        conf.set(DeploymentOptions.TARGET, "remote");
        conf.set(RestOptions.ADDRESS, rest.getHost());
        conf.set(RestOptions.PORT, rest.getPort());
        return conf;
    }

    @Override
    public void close() throws Exception {
        cluster.close();
    }
}
