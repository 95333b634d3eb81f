package io.icebench.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.icebench.catalog.metastore.EmbeddedMetastore;
import io.icebench.catalog.service.EmbeddedS3;
import io.icebench.catalog.service.S3Access;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.iceberg.DataFile;
import org.apache.iceberg.DataFiles;
import org.apache.iceberg.FileFormat;
import org.apache.iceberg.PartitionSpec;
import org.apache.iceberg.Schema;
import org.apache.iceberg.Table;
import org.apache.iceberg.catalog.Namespace;
import org.apache.iceberg.catalog.TableIdentifier;
import org.apache.iceberg.data.GenericRecord;
import org.apache.iceberg.data.IcebergGenerics;
import org.apache.iceberg.data.Record;
import org.apache.iceberg.data.parquet.GenericParquetWriter;
import org.apache.iceberg.hive.HiveCatalog;
import org.apache.iceberg.io.CloseableIterable;
import org.apache.iceberg.io.FileAppender;
import org.apache.iceberg.parquet.Parquet;
import org.apache.iceberg.types.Types;
import org.junit.jupiter.api.Test;

/**
 * The embedded metastore with the embedded S3 server: an Iceberg table whose database location is
 * {@code s3://icebench/wh/NS.db} is created (the metastore makes its directory through S3A), written through S3FileIO and read back.
 */
class S3MetastoreTest {

    @Test
    void icebergTableOnEmbeddedS3ThroughTheEmbeddedMetastore() throws Exception {
        Path dataDir = Files.createDirectories(Cli.WORK.resolve("s3-metastore"));
        EmbeddedS3 s3 = new EmbeddedS3(dataDir);
        EmbeddedMetastore metastore = new EmbeddedMetastore(dataDir);
        metastore.stop(true);
        s3.stop(true);
        try {
            s3.use();
            String uri = metastore.use().state().uri();
            assertThat(metastore.servesS3()).isTrue();
            S3Access access = s3.access();
            assertThat(metastore.running().orElseThrow().s3()).isEqualTo(access.endpoint());
            assertThat(String.join(
                            " ",
                            OwnProcesses.commandLine(ProcessHandle.of(
                                            metastore.running().orElseThrow().pid())
                                    .orElseThrow())))
                    .doesNotContain(access.secretAccessKey());

            HiveCatalog catalog = new HiveCatalog();
            catalog.setConf(new Configuration());
            catalog.initialize(
                    "s3test",
                    Map.of(
                            "uri",
                            uri,
                            "warehouse",
                            "s3://icebench/wh",
                            "io-impl",
                            "org.apache.iceberg.aws.s3.S3FileIO",
                            "s3.endpoint",
                            access.endpoint(),
                            "s3.access-key-id",
                            access.accessKeyId(),
                            "s3.secret-access-key",
                            access.secretAccessKey(),
                            "s3.path-style-access",
                            "true",
                            "client.region",
                            access.region()));
            // a new namespace each run: the data directory (and its metastore database) is kept between runs
            String name = "ns_" + System.currentTimeMillis();
            Namespace ns = Namespace.of(name);
            catalog.createNamespace(ns, Map.of("location", "s3://icebench/wh/" + name + ".db"));
            assertThat(Files.isDirectory(dataDir.resolve("s3/objects/icebench/wh/" + name + ".db")))
                    .as("the database directory the metastore made through S3A")
                    .isTrue();

            Schema schema = new Schema(
                    Types.NestedField.required(1, "id", Types.LongType.get()),
                    Types.NestedField.optional(2, "name", Types.StringType.get()));
            Table table = catalog.createTable(TableIdentifier.of(ns, "t"), schema, PartitionSpec.unpartitioned());
            assertThat(table.location()).startsWith("s3://icebench/wh/" + name + ".db/t");
            String path = table.location() + "/data/part-0.parquet";
            FileAppender<Record> appender = Parquet.write(table.io().newOutputFile(path))
                    .schema(schema)
                    .createWriterFunc(GenericParquetWriter::create)
                    .build();
            try (appender) {
                for (long id = 1; id <= 3; id++) {
                    GenericRecord row = GenericRecord.create(schema);
                    row.setField("id", id);
                    row.setField("name", "row " + id);
                    appender.add(row);
                }
            }
            DataFile file = DataFiles.builder(table.spec())
                    .withPath(path)
                    .withFormat(FileFormat.PARQUET)
                    .withFileSizeInBytes(appender.length())
                    .withMetrics(appender.metrics())
                    .build();
            table.newAppend().appendFile(file).commit();

            Table reloaded = catalog.loadTable(TableIdentifier.of(ns, "t"));
            assertThat(reloaded.currentSnapshot().summary()).containsEntry("total-records", "3");
            try (CloseableIterable<Record> rows = IcebergGenerics.read(reloaded).build()) {
                List<Long> ids = new java.util.ArrayList<>();
                rows.forEach(r -> ids.add((Long) r.getField("id")));
                assertThat(ids).containsExactlyInAnyOrder(1L, 2L, 3L);
            }
            assertThat(Files.readString(metastore.logFile())).doesNotContain(access.secretAccessKey());
            assertThat(catalog.dropTable(TableIdentifier.of(ns, "t"), true)).isTrue();
            assertThat(catalog.dropNamespace(ns)).isTrue();
            catalog.close();
        } finally {
            metastore.stop(true);
            s3.stop(true);
        }
        assertThat(OwnProcesses.metastoresOf(dataDir))
                .as("metastore after stop")
                .isEmpty();
        assertThat(s3.running()).isEmpty();
    }
}
