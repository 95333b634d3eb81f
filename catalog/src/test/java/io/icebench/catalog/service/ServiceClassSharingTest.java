package io.icebench.catalog.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServiceClassSharingTest {

    @TempDir
    Path temp;

    @AfterEach
    void clear() {
        System.clearProperty(ServiceClassSharing.ARCHIVE_PROPERTY);
    }

    @Test
    void aServiceMapsTheArchiveTheLauncherGaveTheCli() throws Exception {
        Path archive = Files.writeString(temp.resolve("cli-0123.jsa"), "archive");
        System.setProperty(ServiceClassSharing.ARCHIVE_PROPERTY, archive.toString());

        assertThat(ServiceClassSharing.options()).containsExactly("-Xlog:cds*=off", "-XX:SharedArchiveFile=" + archive);
    }

    @Test
    void withoutAnArchiveOrWithOneDeletedSinceAServiceStartsAsUsual() {
        assertThat(ServiceClassSharing.options()).isEmpty();
        System.setProperty(
                ServiceClassSharing.ARCHIVE_PROPERTY, temp.resolve("gone.jsa").toString());
        assertThat(ServiceClassSharing.options()).isEmpty();
    }
}
