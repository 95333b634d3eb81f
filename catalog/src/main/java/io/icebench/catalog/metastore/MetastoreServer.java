package io.icebench.catalog.metastore;

import io.icebench.catalog.storage.ForklessLocalFileSystem;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.hive.metastore.HiveMetaStore;
import org.apache.hadoop.hive.metastore.IHMSHandler;
import org.apache.hadoop.hive.metastore.RetryingHMSHandler;
import org.apache.hadoop.hive.metastore.TSetIpAddressProcessor;
import org.apache.hadoop.hive.metastore.conf.MetastoreConf;
import org.apache.hadoop.hive.metastore.conf.MetastoreConf.ConfVars;
import org.apache.hadoop.hive.metastore.txn.TxnDbUtil;
import org.apache.thrift.protocol.TBinaryProtocol;
import org.apache.thrift.server.TThreadPoolServer;
import org.apache.thrift.transport.TServerSocket;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded metastore: a real Hive Metastore 3.1 Thrift server over embedded Derby, bound to
 * 127.0.0.1 only. Runs as its own process (Derby admits one JVM): {@code MetastoreServer PORT DIR}.
 */
public final class MetastoreServer {

    private static final Logger LOG = LoggerFactory.getLogger(MetastoreServer.class);
    public static final String READY_LINE = "icebench metastore ready on port ";

    private MetastoreServer() {}

    public static void main(String[] args) {
        try {
            int port = Integer.parseInt(args[0]);
            Path dataDir = Path.of(args[1]).toAbsolutePath();
            serve(port, dataDir);
        } catch (Throwable e) {
            LOG.error("metastore failed to start", e);
            System.err.println("icebench metastore failed: " + e);
            // Hive and Derby leave non-daemon threads behind after a failed start
            System.exit(1);
        }
    }

    static Configuration configuration(Path dataDir) {
        Path home = dataDir.resolve("metastore");
        Configuration conf = MetastoreConf.newMetastoreConf();
        MetastoreConf.setVar(
                conf,
                ConfVars.CONNECT_URL_KEY,
                "jdbc:derby:;databaseName=" + home.resolve("metastore_db") + ";create=true");
        MetastoreConf.setVar(
                conf, ConfVars.WAREHOUSE, dataDir.resolve("warehouse").toUri().toString());
        MetastoreConf.setBoolVar(conf, ConfVars.SCHEMA_VERIFICATION, false);
        MetastoreConf.setBoolVar(conf, ConfVars.AUTO_CREATE_ALL, true);
        MetastoreConf.setVar(
                conf,
                ConfVars.EXPRESSION_PROXY_CLASS,
                "org.apache.hadoop.hive.metastore.DefaultPartitionExpressionProxy");
        MetastoreConf.setVar(
                conf,
                ConfVars.TASK_THREADS_ALWAYS,
                "org.apache.hadoop.hive.metastore.events.EventCleanerTask,"
                        + "org.apache.hadoop.hive.metastore.RuntimeStatsCleanerTask");
        // no chmod process and no .crc file per database or table directory it makes
        conf.set("fs.file.impl", ForklessLocalFileSystem.NAME);
        MetastoreS3.configure(conf, System.getenv());
        return conf;
    }

    private static void serve(int port, Path dataDir) throws Exception {
        Files.createDirectories(dataDir.resolve("metastore"));
        Files.createDirectories(dataDir.resolve("warehouse"));
        System.setProperty(
                "derby.stream.error.file",
                dataDir.resolve("metastore").resolve("derby.log").toString());
        Configuration conf = configuration(dataDir);
        createLockTables(conf);
        IHMSHandler handler = RetryingHMSHandler.getProxy(
                conf, new HiveMetaStore.HMSHandler("icebench embedded metastore", conf, false), false);
        TServerSocket socket = new TServerSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        TThreadPoolServer server = new TThreadPoolServer(new TThreadPoolServer.Args(socket)
                .processor(new TSetIpAddressProcessor<>(handler))
                .protocolFactory(new TBinaryProtocol.Factory())
                .minWorkerThreads(4)
                .maxWorkerThreads(64));
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "metastore-shutdown"));
        LOG.info(READY_LINE + port);
        server.serve();
    }

    /** Iceberg commits take an HMS lock; Derby auto-create does not make the transaction tables. */
    private static void createLockTables(Configuration conf) throws Exception {
        try {
            TxnDbUtil.prepDb(conf);
        } catch (Exception e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (String.valueOf(t.getMessage()).contains("already exists")) {
                    return;
                }
            }
            throw e;
        }
    }
}
