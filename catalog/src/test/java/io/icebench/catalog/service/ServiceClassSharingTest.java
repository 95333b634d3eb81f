package io.icebench.catalog.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServiceClassSharingTest {

    @TempDir
    Path temp;

    @Test
    void theSecondStartRecordsAtExitAndALaterStartMapsWhatWasWritten() throws Exception {
        Path jar = Files.writeString(temp.resolve("a.jar"), "jar");
        Path cds = temp.resolve("cds");
        ServiceClassSharing sharing = new ServiceClassSharing(cds);

        assertThat(sharing.options("metastore", "/usr/bin/java", jar.toString()))
                .as("a build's first start is not slowed by recording")
                .isEmpty();
        List<String> first = sharing.options("metastore", "/usr/bin/java", jar.toString());
        assertThat(first).hasSize(2).contains("-Xlog:cds*=off");
        assertThat(first.get(1))
                .startsWith("-XX:ArchiveClassesAtExit=" + cds.resolve("metastore-"))
                .endsWith(".partial");

        Path partial = Path.of(first.get(1).substring(first.get(1).indexOf('=') + 1));
        Files.writeString(partial, "archive"); // as the exiting JVM writes it
        assertThat(sharing.options("metastore", "/usr/bin/java", jar.toString()).get(1))
                .as("a partial still being written is not used")
                .startsWith("-XX:ArchiveClassesAtExit=");

        Files.setLastModifiedTime(partial, FileTime.from(Instant.now().minusSeconds(120)));
        String archive =
                sharing.options("metastore", "/usr/bin/java", jar.toString()).get(1);
        assertThat(archive)
                .startsWith("-XX:SharedArchiveFile=" + cds.resolve("metastore-"))
                .endsWith(".jsa");
        assertThat(Path.of(archive.substring(archive.indexOf('=') + 1))).hasContent("archive");
        assertThat(partial).doesNotExist();
        assertThat(sharing.options("metastore", "/usr/bin/java", jar.toString()).get(1))
                .isEqualTo(archive);
    }

    @Test
    void anotherBuildOrJdkHasAnotherKeyAndADirectoryOnTheClassPathNone() throws Exception {
        Path jar = Files.writeString(temp.resolve("a.jar"), "jar");
        String key = ServiceClassSharing.key("/usr/bin/java", jar.toString());
        assertThat(key).hasSize(16);
        assertThat(ServiceClassSharing.key("/opt/jdk/bin/java", jar.toString())).isNotEqualTo(key);
        Files.writeString(jar, "rebuilt jar");
        assertThat(ServiceClassSharing.key("/usr/bin/java", jar.toString())).isNotEqualTo(key);

        String withClasses = jar + File.pathSeparator + Files.createDirectories(temp.resolve("classes"));
        assertThat(ServiceClassSharing.key("/usr/bin/java", withClasses)).isNull();
        assertThat(new ServiceClassSharing(temp.resolve("cds")).options("metastore", "/usr/bin/java", withClasses))
                .isEmpty();
    }
}
