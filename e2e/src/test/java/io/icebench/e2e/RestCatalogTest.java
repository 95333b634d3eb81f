package io.icebench.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.icebench.catalog.service.EmbeddedRestCatalog;
import io.icebench.catalog.service.RestState;
import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.apache.hadoop.conf.Configuration;
import org.apache.iceberg.DataFile;
import org.apache.iceberg.PartitionSpec;
import org.apache.iceberg.Schema;
import org.apache.iceberg.Table;
import org.apache.iceberg.catalog.Namespace;
import org.apache.iceberg.catalog.TableIdentifier;
import org.apache.iceberg.data.GenericRecord;
import org.apache.iceberg.data.IcebergGenerics;
import org.apache.iceberg.data.Record;
import org.apache.iceberg.data.parquet.GenericParquetWriter;
import org.apache.iceberg.exceptions.ForbiddenException;
import org.apache.iceberg.exceptions.NotAuthorizedException;
import org.apache.iceberg.io.CloseableIterable;
import org.apache.iceberg.io.DataWriter;
import org.apache.iceberg.parquet.Parquet;
import org.apache.iceberg.rest.RESTCatalog;
import org.apache.iceberg.types.Types;
import org.junit.jupiter.api.Test;

/** The embedded REST catalog: a real Iceberg REST server, used by Iceberg's own REST client. */
class RestCatalogTest {

    private static final Schema SCHEMA = new Schema(
            Types.NestedField.required(1, "id", Types.LongType.get()),
            Types.NestedField.optional(2, "name", Types.StringType.get()));

    @Test
    void icebergsRestClientCommitsAndReadsATableBehindTheTokenOnLoopbackOnly() throws Exception {
        Path dataDir = Files.createDirectories(Cli.WORK.resolve("rest-catalog"));
        EmbeddedRestCatalog rest = new EmbeddedRestCatalog(dataDir, Cli.HOME);
        rest.stop(true);
        EmbeddedRestCatalog.StartOutcome outcome = rest.start(0, Map.of());
        RestState state = outcome.state();
        try {
            assertThat(outcome.started()).isTrue();
            assertThat(state.uri()).isEqualTo("http://127.0.0.1:" + state.port());
            assertThat(state.warehouse()).isEqualTo("file://" + dataDir.resolve("warehouse-rest"));
            assertThat(rest.running()).contains(state);
            String token = rest.token();
            assertThat(token).hasSizeGreaterThanOrEqualTo(40);
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(rest.tokenFile())))
                    .isEqualTo("rw-------");
            assertThat(PosixFilePermissions.toString(
                            Files.getPosixFilePermissions(dataDir.resolve("rest/catalog.properties"))))
                    .isEqualTo("rw-------");

            String table = "t_" + UUID.randomUUID().toString().replace("-", "");
            TableIdentifier id = TableIdentifier.of(Namespace.of("bench"), table);
            try (RESTCatalog writer = client(state, Map.of("token", token))) {
                if (!writer.namespaceExists(Namespace.of("bench"))) {
                    writer.createNamespace(Namespace.of("bench"));
                }
                Table created = writer.createTable(id, SCHEMA, PartitionSpec.unpartitioned());
                assertThat(created.location()).startsWith(state.warehouse() + "/bench/" + table);
                created.newAppend().appendFile(parquetFile(created)).commit();
            }
            try (RESTCatalog reader = client(state, Map.of("token", token))) {
                Table loaded = reader.loadTable(id);
                assertThat(loaded.currentSnapshot()).isNotNull();
                assertThat(loaded.currentSnapshot().summary()).containsEntry("added-records", "3");
                List<Long> ids = new ArrayList<>();
                try (CloseableIterable<Record> rows =
                        IcebergGenerics.read(loaded).build()) {
                    rows.forEach(row -> ids.add((Long) row.getField("id")));
                }
                assertThat(ids).containsExactlyInAnyOrder(1L, 2L, 3L);
            }

            try (RESTCatalog withCredential = client(state, Map.of("credential", "icebench:" + token))) {
                assertThat(withCredential.tableExists(id)).isTrue();
            }
            assertThatThrownBy(() -> client(state, Map.of("credential", "icebench:wrong")))
                    .isInstanceOf(NotAuthorizedException.class);
            assertThatThrownBy(() -> client(state, Map.of())).isInstanceOf(NotAuthorizedException.class);
            assertThatThrownBy(() -> client(state, Map.of("token", "not-the-token")))
                    .isInstanceOf(ForbiddenException.class);

            assertThat(listeningAddresses(state.port())).isNotEmpty().allMatch(a -> a.equals("127.0.0.1"));
            for (InetAddress external : externalAddresses()) {
                try (Socket socket = new Socket()) {
                    socket.connect(new InetSocketAddress(external, state.port()), 2000);
                    throw new AssertionError(
                            "the REST catalog answered on " + external + ": it must bind 127.0.0.1 only");
                } catch (IOException expected) {
                    assertThat(expected.getMessage()).isNotBlank();
                }
            }
            assertThat(Files.readString(Path.of(state.log())))
                    .contains("icebench rest catalog ready")
                    .doesNotContain(token);
        } finally {
            EmbeddedRestCatalog.StopOutcome stop = rest.stop(false);
            assertThat(stop.stopped()).isTrue();
        }
        assertThat(ProcessHandle.of(state.pid()).map(ProcessHandle::isAlive).orElse(false))
                .isFalse();
        assertThat(rest.running()).isEmpty();

        EmbeddedRestCatalog.StartOutcome used = rest.use(Map.of());
        assertThat(used.started()).isTrue();
        assertThat(rest.release()).map(RestState::pid).contains(used.state().pid());
        assertThat(ProcessHandle.of(used.state().pid())
                        .map(ProcessHandle::isAlive)
                        .orElse(false))
                .isFalse();
    }

    @Test
    void restStartStatusStopThroughTheCliNeverPrintTheToken() throws Exception {
        Path dataDir = Files.createDirectories(Cli.WORK.resolve("rest-cli"));
        Cli.run(dataDir, "rest", "stop", "--force");
        Cli.Result start = Cli.run(
                dataDir, "rest", "start", "--warehouse", dataDir.resolve("wh").toString());
        String token = new EmbeddedRestCatalog(dataDir, Cli.HOME).token();
        long pid = new EmbeddedRestCatalog(dataDir, Cli.HOME)
                .running()
                .map(RestState::pid)
                .orElse(-1L);
        try {
            assertThat(start.exit()).as(start.all()).isZero();
            assertThat(start.out())
                    .contains("REST catalog started: http://127.0.0.1:")
                    .contains("warehouse file://" + dataDir.resolve("wh"))
                    .contains("token file " + dataDir.resolve("rest/token"))
                    .contains("log ");
            Cli.Result again = Cli.run(
                    dataDir,
                    "rest",
                    "start",
                    "--warehouse",
                    dataDir.resolve("other").toString());
            assertThat(again.out()).contains("already running").contains("already runs with warehouse");
            Cli.Result status = Cli.run(dataDir, "rest", "status");
            assertThat(status.exit()).isZero();
            assertThat(status.out()).contains("running: http://127.0.0.1:").contains("pid " + pid);
            assertThat(start.all() + again.all() + status.all()).doesNotContain(token);
        } finally {
            Cli.Result stop = Cli.run(dataDir, "rest", "stop");
            assertThat(stop.out()).contains("REST catalog stopped (pid " + pid);
        }
        assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false))
                .isFalse();
        Cli.Result after = Cli.run(dataDir, "rest", "status");
        assertThat(after.exit()).isEqualTo(1);
        assertThat(after.out()).contains("not running");
    }

    private static RESTCatalog client(RestState state, Map<String, String> auth) {
        RESTCatalog catalog = new RESTCatalog();
        catalog.setConf(new Configuration());
        Map<String, String> properties = new java.util.HashMap<>(auth);
        properties.put("uri", state.uri());
        catalog.initialize("rest", properties);
        return catalog;
    }

    private static DataFile parquetFile(Table table) throws IOException {
        String location = table.locationProvider().newDataLocation("part-0.parquet");
        DataWriter<Record> writer = Parquet.writeData(table.io().newOutputFile(location))
                .schema(table.schema())
                .createWriterFunc(GenericParquetWriter::create)
                .withSpec(table.spec())
                .overwrite()
                .build();
        try (writer) {
            for (long i = 1; i <= 3; i++) {
                GenericRecord row = GenericRecord.create(table.schema());
                row.setField("id", i);
                row.setField("name", "row " + i);
                writer.write(row);
            }
        }
        return writer.toDataFile();
    }

    /** The local addresses of the sockets listening on {@code port}, as the kernel reports them. */
    private static List<String> listeningAddresses(int port) throws IOException {
        String hexPort = String.format(Locale.ROOT, ":%04X", port);
        List<String> addresses = new ArrayList<>();
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            for (String line : Files.readAllLines(Path.of(table))) {
                String[] f = line.strip().split("\\s+");
                if (f.length > 3 && f[1].endsWith(hexPort) && f[3].equals("0A")) {
                    addresses.add(decode(f[1].substring(0, f[1].indexOf(':'))));
                }
            }
        }
        return addresses;
    }

    /** A /proc/net address: IPv4 as 8 little-endian hex digits, or an IPv4-mapped IPv6 address (else kept as is). */
    private static String decode(String hex) {
        String v4 = hex.length() == 8 ? hex : hex.startsWith("0000000000000000FFFF0000") ? hex.substring(24) : null;
        if (v4 == null) {
            return hex;
        }
        return Integer.parseInt(v4.substring(6, 8), 16) + "." + Integer.parseInt(v4.substring(4, 6), 16) + "."
                + Integer.parseInt(v4.substring(2, 4), 16) + "." + Integer.parseInt(v4.substring(0, 2), 16);
    }

    private static List<InetAddress> externalAddresses() throws IOException {
        List<InetAddress> addresses = new ArrayList<>();
        for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (nic.isUp() && !nic.isLoopback()) {
                Collections.list(nic.getInetAddresses()).stream()
                        .filter(a -> a instanceof Inet4Address)
                        .forEach(addresses::add);
            }
        }
        return addresses;
    }
}
